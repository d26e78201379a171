package netspec.capability;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import netspec.host.Target;
import netspec.shell.CommandResult;

/**
 * Before the first scenario: the tools the selected scenarios need (not kernel features) against what the
 * target has installed. As root (or with passwordless {@code sudo -n} where the target allows it) on a
 * Debian or Ubuntu target it installs the missing packages with apt-get and says so in one line; otherwise,
 * or when forbidden ({@code netspec.install=false}), it prints the one command that would install them.
 */
public final class ToolSetup {

    /**
     * What scenarios need whatever their tags: iproute2 and unshare for every sandbox; sysctl and ps for the
     * steps that quieten a host or read its process table; modprobe for the probes of kernel modules (without
     * it a module that would load counts as missing). Found missing in a bare debootstrap minbase root.
     */
    static final Map<String, String> BASE = Map.of("ip", "iproute2", "bridge", "iproute2", "tc", "iproute2",
            "unshare", "util-linux", "timeout", "coreutils", "ps", "procps", "sysctl", "procps", "modprobe", "kmod");

    private static final String IS_DEBIAN = "command -v apt-get >/dev/null && . /etc/os-release"
            + " && case \" $ID $ID_LIKE \" in *' debian '*|*' ubuntu '*) true;; *) false;; esac";

    private final Target target;
    private final PrintStream out;

    public ToolSetup(Target target, PrintStream out) {
        this.target = target;
        this.out = out;
    }

    /**
     * @param neededBy the capabilities of the selected scenarios, each with the features that need it
     * @param install  whether netspec may install packages itself
     * @return the tools still missing after set-up (those whose scenarios cannot run)
     */
    public Set<Capability> prepare(Map<Capability, Set<String>> neededBy, boolean install) {
        Map<String, Set<String>> packagesFor = new TreeMap<>();
        Set<Capability> missing = missingTools(neededBy.keySet());
        for (String basePackage : missingBase()) {
            packagesFor.computeIfAbsent(basePackage, p -> new LinkedHashSet<>()).add("every scenario");
        }
        for (Capability tool : missing) {
            for (String debianPackage : tool.debianPackages()) {
                packagesFor.computeIfAbsent(debianPackage, p -> new LinkedHashSet<>()).addAll(neededBy.get(tool));
            }
        }
        if (packagesFor.isEmpty()) {
            return Set.of();
        }
        String packages = String.join(" ", packagesFor.keySet());
        String forWhat = packagesFor.entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").collect(Collectors.joining(", "));
        boolean debian = target.runOnHost(IS_DEBIAN).succeeded();
        String asRoot = rootPrefix();
        if (install && debian && asRoot != null) {
            out.println("netspec: installing on " + target.name() + " with apt-get: " + forWhat);
            CommandResult installed = target.runOnHost(aptGet(asRoot, packages));
            if (!installed.succeeded()) {
                out.println("netspec: apt-get failed on " + target.name() + " (exit " + installed.exitStatus() + "): "
                        + lastLines(installed.stderr() + installed.stdout()));
            }
            Set<Capability> still = missingTools(neededBy.keySet());
            List<String> baseStill = missingBase();
            if (still.isEmpty() && baseStill.isEmpty()) {
                out.printf("netspec: installed %s on %s in %.0f s%n", packages, target.name(),
                        installed.duration().toMillis() / 1000.0);
            }
            return still;
        }
        String why = !install ? "netspec.install=false" : !debian ? "not a Debian or Ubuntu system with apt-get"
                : "netspec is neither root there nor allowed passwordless sudo";
        String command = debian ? (asRoot == null || asRoot.isEmpty() ? "" : "sudo ")
                + "apt-get install --no-install-recommends " + packages
                : "install the packages that give these tools (Debian names): " + packages;
        out.println("netspec: target " + target.name() + " lacks tools the selected scenarios need: " + forWhat
                + "; not installed (" + why + "); to install them: " + command);
        return missing;
    }

    /** The tools among these that the target has not installed, in one round trip. */
    private Set<Capability> missingTools(Collection<Capability> needed) {
        List<Capability> tools = needed.stream().filter(Capability::isTool).toList();
        if (tools.isEmpty()) {
            return Set.of();
        }
        StringBuilder script = new StringBuilder();
        for (Capability tool : tools) {
            // a check only looks; the timeout keeps a check that would wait from holding the run
            script.append("timeout 20 bash -c ").append(netspec.shell.ShellQuoting.quote(tool.installedCheck()))
                    .append(" >/dev/null 2>&1 || echo ")
                    .append(tool.tagName()).append("; ");
        }
        Set<Capability> missing = EnumSet.noneOf(Capability.class);
        target.runOnHost(script.toString()).stdout().lines()
                .forEach(name -> Capability.byTagName(name.strip()).ifPresent(missing::add));
        return missing;
    }

    private List<String> missingBase() {
        StringBuilder script = new StringBuilder();
        BASE.forEach((command, debianPackage) -> script.append("command -v ").append(command)
                .append(" >/dev/null || echo ").append(debianPackage).append("; "));
        return new ArrayList<>(new LinkedHashSet<>(target.runOnHost(script.toString()).stdout().lines()
                .map(String::strip).filter(BASE::containsValue).toList())); // not what a login's ~/.bashrc prints
    }

    /** "" as root, "sudo -n " where the target allows sudo and the user has it without a password, else null. */
    private String rootPrefix() {
        if (target.runOnHost("test \"$(id -u)\" = 0").succeeded()) {
            return "";
        }
        if (target.installsWithSudo() && target.runOnHost("sudo -n true").succeeded()) {
            return "sudo -n ";
        }
        return null;
    }

    static String aptGet(String asRoot, String packages) {
        String apt = asRoot + "env DEBIAN_FRONTEND=noninteractive apt-get";
        return apt + " update -qq && " + apt + " install -y -qq --no-install-recommends " + packages;
    }

    private static String lastLines(String text) {
        List<String> lines = text.strip().lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
