package netspec.capability;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import netspec.shell.CommandResult;
import netspec.host.Sandbox;
import netspec.host.Target;

/** What one target can do, and which kernel it runs, probed once per run in a throwaway sandbox. */
public final class Capabilities {

    /** Prints the kernel release, then the system's name (its os-release PRETTY_NAME, when it has one). */
    static final String DESCRIBE = "uname -r; (. /etc/os-release && echo \"$PRETTY_NAME\") 2>/dev/null || uname -s";

    private final Map<Capability, CommandResult> missing;
    private final String kernel;
    private final String os;

    private Capabilities(Map<Capability, CommandResult> missing, String kernel, String os) {
        this.missing = Collections.unmodifiableMap(missing);
        this.kernel = kernel;
        this.os = os;
    }

    public static Capabilities probe(Target target) {
        Map<Capability, CommandResult> missing = new EnumMap<>(Capability.class);
        try (Sandbox sandbox = target.openSandbox()) {
            List<String> described = sandbox.run(DESCRIBE).stdout().strip().lines().toList();
            for (Capability capability : Capability.values()) {
                // each probe leaves its links behind; drop them so the next probe can reuse the names
                CommandResult result = sandbox.run(capability.probe());
                sandbox.run("for l in probe0 probe1 probe-parent; do ip link del $l 2>/dev/null; done; true");
                if (!result.succeeded()) {
                    missing.put(capability, result);
                }
            }
            return new Capabilities(missing, described.isEmpty() ? "unknown" : described.get(0),
                    described.size() < 2 ? "unknown" : described.get(1));
        }
    }

    /** The target's kernel release, as {@code uname -r} prints it in a sandbox there. */
    public String kernel() {
        return kernel;
    }

    /** The target's system, e.g. {@code Debian GNU/Linux 12 (bookworm)}. */
    public String os() {
        return os;
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
