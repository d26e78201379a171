package netspec.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import netspec.shell.ShellQuoting;

/** The command line that starts a sandbox, the same on every target. */
public final class SandboxCommand {

    /** The sandbox's whole environment, the same on every target: nothing of the runner's or login's leaks in. */
    public static final String STANDARD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private static final String INIT_SCRIPT = loadInitScript();

    /**
     * Runs the unshare command line it is given, adding {@code --map-auto} where the runner owns subordinate
     * user and group IDs (/etc/subuid, /etc/subgid) and newuidmap can map them: root inside then has other users
     * to hand files to, and may call setgroups, so tcpdump can drop to its own user as it does on a host.
     * Without them only root is mapped and setgroups is denied, which tcpdump's capture cannot live with.
     */
    private static final String WITH_SUBORDINATE_IDS = "ids=(); "
            + "if command -v newuidmap >/dev/null && command -v newgidmap >/dev/null"
            + " && grep -qsE \"^($(id -un 2>/dev/null)|$UID):\" /etc/subuid"
            + " && grep -qsE \"^($(id -gn 2>/dev/null)|$(id -g)):\" /etc/subgid"
            + " && \"$1\" --help | grep -q -- --map-auto;" // util-linux 2.38 and later
            + " then ids=(--map-auto); fi; exec \"$1\" \"${ids[@]}\" \"${@:2}\"";

    private SandboxCommand() {
    }

    /**
     * @param withUserNamespace true when the runner is not root: a user namespace maps it to root inside,
     *                          which is enough for links, addresses and named namespaces (not for BPF or modules)
     */
    public static List<String> argv(boolean withUserNamespace) {
        List<String> argv = new ArrayList<>(List.of("env", "-i", "PATH=" + STANDARD_PATH));
        if (withUserNamespace) {
            argv.addAll(List.of("bash", "--noprofile", "--norc", "-c", WITH_SUBORDINATE_IDS, "netspec-user-namespace"));
        }
        argv.addAll(List.of("unshare", "--net", "--mount", "--pid", "--fork", "--mount-proc", "--kill-child"));
        if (withUserNamespace) {
            argv.addAll(List.of("--user", "--map-root-user"));
        }
        // $0 names the sandbox and its runner in the process table, so leaks can be traced to a run
        argv.addAll(List.of("bash", "--noprofile", "--norc", "-c", INIT_SCRIPT, markerOf(ProcessHandle.current().pid())));
        return argv;
    }

    /** The argv of {@link Target#runOnHost}: the command in bash with the sandbox's PATH, on every target. */
    public static List<String> onHost(String command) {
        return List.of("env", "PATH=" + STANDARD_PATH, "bash", "--noprofile", "--norc", "-c", command);
    }

    /** What the process table shows for the sandboxes of the runner with this PID. */
    public static String markerOf(long runnerPid) {
        return "netspec-sandbox:" + runnerPid;
    }

    /** The same command as one line for a remote shell. */
    public static String commandLine(boolean withUserNamespace) {
        return ShellQuoting.join(argv(withUserNamespace));
    }

    private static String loadInitScript() {
        try (InputStream in = SandboxCommand.class.getResourceAsStream("/netspec/sandbox-init.sh")) {
            if (in == null) {
                throw new IllegalStateException("netspec/sandbox-init.sh is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
