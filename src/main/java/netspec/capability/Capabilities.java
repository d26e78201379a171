package netspec.capability;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

    /** One {@code tool=version} line per tool the report names; empty after '=' when the tool is absent. */
    static final String TOOL_VERSIONS = "echo \"iproute2=$(ip -V 2>/dev/null)\";"
            + " echo \"tcpdump=$(tcpdump --version 2>/dev/null | head -n 1)\";"
            + " echo \"clang=$(clang --version 2>/dev/null | head -n 1)\"";

    private final Map<Capability, CommandResult> missing;
    private final String kernel;
    private final String os;
    private final Map<String, String> tools;

    private Capabilities(Map<Capability, CommandResult> missing, String kernel, String os, Map<String, String> tools) {
        this.missing = Collections.unmodifiableMap(missing);
        this.kernel = kernel;
        this.os = os;
        this.tools = Collections.unmodifiableMap(tools);
    }

    public static Capabilities probe(Target target) {
        Map<Capability, CommandResult> missing = new EnumMap<>(Capability.class);
        try (Sandbox sandbox = target.openSandbox()) {
            List<String> described = sandbox.run(DESCRIBE).stdout().strip().lines().toList();
            Map<String, String> tools = toolVersions(sandbox.run(TOOL_VERSIONS).stdout());
            for (Capability capability : Capability.values()) {
                // each probe leaves its links behind; drop them so the next probe can reuse the names
                CommandResult result = sandbox.run(capability.probe());
                sandbox.run("for l in probe0 probe1 probe-parent; do ip link del $l 2>/dev/null; done; true");
                if (!result.succeeded()) {
                    missing.put(capability, result);
                }
            }
            return new Capabilities(missing, described.isEmpty() ? "unknown" : described.get(0),
                    described.size() < 2 ? "unknown" : described.get(1), tools);
        }
    }

    static Map<String, String> toolVersions(String printed) {
        Map<String, String> tools = new LinkedHashMap<>();
        printed.lines().filter(line -> line.indexOf('=') > 0).forEach(line -> {
            String version = line.substring(line.indexOf('=') + 1).strip();
            tools.put(line.substring(0, line.indexOf('=')), version.isEmpty() ? "not installed" : version);
        });
        return tools;
    }

    /** iproute2's, tcpdump's and clang's versions as they print them, e.g. {@code iproute2 -> ip utility, iproute2-6.1.0}. */
    public Map<String, String> tools() {
        return tools;
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
