package netspec.capability;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import netspec.shell.CommandResult;
import netspec.target.Sandbox;
import netspec.target.Target;

/** What one target can do, probed once per run in a throwaway sandbox. */
public final class Capabilities {

    private final Map<Capability, CommandResult> missing;

    private Capabilities(Map<Capability, CommandResult> missing) {
        this.missing = Collections.unmodifiableMap(missing);
    }

    public static Capabilities probe(Target target) {
        Map<Capability, CommandResult> missing = new EnumMap<>(Capability.class);
        try (Sandbox sandbox = target.openSandbox()) {
            for (Capability capability : Capability.values()) {
                // each probe leaves its links behind; drop them so the next probe can reuse the names
                CommandResult result = sandbox.run(capability.probe());
                sandbox.run("for l in probe0 probe1 probe-parent; do ip link del $l 2>/dev/null; done; true");
                if (!result.succeeded()) {
                    missing.put(capability, result);
                }
            }
        }
        return new Capabilities(missing);
    }

    public boolean has(Capability capability) {
        return !missing.containsKey(capability);
    }

    /** Why a scenario that needs this capability cannot run here, and how to get it; empty when present. */
    public Optional<String> whyMissing(Capability capability, String targetName) {
        CommandResult failed = missing.get(capability);
        if (failed == null) {
            return Optional.empty();
        }
        String said = (failed.stderr() + failed.stdout()).strip();
        return Optional.of("requires " + capability.tagName() + ", which target " + targetName + " lacks ('"
                + failed.command() + "' " + (said.isEmpty() ? "exited " + failed.exitStatus() : "said: " + said)
                + "); to get it, " + capability.howToGet());
    }

    public Map<Capability, CommandResult> missing() {
        return missing;
    }
}
