package netspec.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import netspec.shell.CommandResult;

/** This machine. Sandboxes are child processes of the runner's JVM. */
public final class LocalTarget implements Target {

    private final List<String> runAs;
    private final boolean userNamespace;

    /** Sandboxes as the runner's own user: with a user namespace unless the runner is root. */
    public LocalTarget() {
        this(List.of(), !RunnerIdentity.isRoot());
    }

    /**
     * @param runAs         a command prefix that changes identity first, e.g. {@code setpriv --reuid=65534 ...}
     * @param userNamespace whether the sandbox needs a user namespace to be root inside
     */
    public LocalTarget(List<String> runAs, boolean userNamespace) {
        this.runAs = List.copyOf(runAs);
        this.userNamespace = userNamespace;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Sandbox openSandbox() {
        List<String> argv = new ArrayList<>(runAs);
        argv.addAll(SandboxCommand.argv(userNamespace));
        Process process;
        try {
            process = new ProcessBuilder(argv).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a sandbox on local: " + e.getMessage()
                    + " (is util-linux's unshare installed?)", e);
        }
        return LocalSandbox.started(process, userNamespace);
    }

    @Override
    public CommandResult runOnHost(String command) {
        List<String> argv = new ArrayList<>(runAs);
        argv.addAll(SandboxCommand.onHost(command));
        return HostCommand.run(argv, command);
    }
}
