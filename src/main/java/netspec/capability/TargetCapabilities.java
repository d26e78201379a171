package netspec.capability;

import java.util.Optional;

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

    /** The capabilities if they have been probed already; never probes. */
    public static synchronized Optional<Capabilities> probed() {
        return Optional.ofNullable(capabilities);
    }
}
