package netspec.capability;

import java.util.Collection;
import java.util.Optional;

import netspec.evidence.SkipCause;
import netspec.host.Target;
import netspec.host.Targets;

/** The capabilities of this run's target, probed once and shared by all scenarios. */
public final class TargetCapabilities {

    private static Capabilities capabilities;

    private TargetCapabilities() {
    }

    public static synchronized Capabilities current() {
        if (capabilities == null) {
            capabilities = Capabilities.probe(Targets.current());
        }
        return capabilities;
    }

    /**
     * Why a scenario with these tags cannot run on this run's target: it is meant for another machine, or the
     * target lacks a capability it requires (probed once, on first need). Empty when it can run.
     */
    public static Optional<SkipCause> whyNotRunnable(Collection<String> tags) {
        Target target = Targets.current();
        Optional<SkipCause> elsewhere = target.whyNotHere(tags);
        if (elsewhere.isPresent()) {
            return elsewhere;
        }
        for (Capability capability : Requirements.fromTags(tags)) {
            Optional<String> why = current().whyMissing(capability, target.name());
            if (why.isPresent()) {
                return Optional.of(new SkipCause(SkipCause.LACKS, capability.tagName(), why.get()));
            }
        }
        return Optional.empty();
    }

    /** The capabilities if they have been probed already; never probes. */
    public static synchronized Optional<Capabilities> probed() {
        return Optional.ofNullable(capabilities);
    }
}
