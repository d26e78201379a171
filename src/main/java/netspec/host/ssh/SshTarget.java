package netspec.host.ssh;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import net.schmizz.sshj.connection.channel.direct.Session;
import netspec.host.Sandbox;
import netspec.host.SandboxCommand;
import netspec.host.SandboxGreeting;
import netspec.host.SandboxStartException;
import netspec.host.Target;
import netspec.shell.CommandResult;
import netspec.shell.ShellQuoting;

/**
 * A Linux host reached over SSH. One connection per run, opened by the first sandbox and shared by all;
 * every sandbox is the local sandbox command on a session channel of its own, so results are the same.
 *
 * <p>sshd runs a command through the user's login shell, and Debian's bash reads ~/.bashrc even then; the
 * sandbox's own shells are started with {@code --noprofile --norc} and under {@code env -i}, so nothing the
 * login shell read or exported reaches a scenario. A user other than root starts the sandbox through
 * {@code sudo -n}, or, with {@code netspec.ssh.sudo=false}, in a user namespace as itself.
 */
public final class SshTarget implements Target {

    private final SshSettings settings;
    private final boolean userNamespace;
    private final String sandboxCommand;
    private final AtomicInteger sandboxes = new AtomicInteger();
    private final java.time.Duration queuePatience;
    private SshConnection connection;
    private SshConnectFailure failure;

    public SshTarget(SshSettings settings) {
        this(settings, SshConnection.QUEUE_PATIENCE);
    }

    /** With the time a sandbox may wait for a session channel once the server's MaxSessions is reached. */
    SshTarget(SshSettings settings, java.time.Duration queuePatience) {
        this.settings = settings;
        this.queuePatience = queuePatience;
        this.userNamespace = !settings.loginIsRoot() && !settings.sudo();
        boolean sudo = !settings.loginIsRoot() && settings.sudo();
        // sudo -n fails at once instead of asking for a password nobody can type
        this.sandboxCommand = "exec " + (sudo ? "sudo -n " : "") + SandboxCommand.commandLine(userNamespace);
    }

    @Override
    public String name() {
        return "ssh:" + settings.address();
    }

    @Override
    public Sandbox openSandbox() {
        SshConnection shared = connection();
        Session.Command channel;
        try {
            channel = shared.start(sandboxCommand);
        } catch (IOException e) {
            throw new SandboxStartException(name(), "no session channel (" + e.getMessage() + "); sshd allows"
                    + " MaxSessions (default 10) at once per connection, and netspec queues sandboxes beyond it: lower"
                    + " netspec.parallelism or raise MaxSessions in the host's sshd_config", false);
        }
        String description = "sandbox " + sandboxes.incrementAndGet() + " on " + name();
        SshSandbox sandbox = new SshSandbox(channel, shared, description);
        SandboxGreeting.failure(sandbox.framedShell()).ifPresent(said -> {
            sandbox.close();
            throw new SandboxStartException(name(), explainSudo(said), userNamespace);
        });
        return sandbox;
    }

    @Override
    public boolean installsWithSudo() {
        return settings.sudo();
    }

    /** On the host as the login user; an unreachable host fails here as it does for a sandbox. */
    @Override
    public CommandResult runOnHost(String command) {
        try {
            return connection().exec(ShellQuoting.join(SandboxCommand.onHost(command)));
        } catch (IOException e) {
            throw new SandboxStartException(name(), "cannot run a command on the host: " + e.getMessage(), false);
        }
    }

    /**
     * The run's connection: opened on first use and again after a loss. Once opening has failed, every later
     * sandbox fails at once with the same line instead of waiting for the connect timeout again.
     */
    private synchronized SshConnection connection() {
        if (failure != null) {
            throw failure.again();
        }
        if (connection == null || !connection.isAlive()) {
            if (connection != null) {
                connection.close();
            }
            try {
                connection = SshConnection.open(settings, queuePatience);
            } catch (SshConnectFailure e) {
                failure = e;
                throw e;
            }
        }
        return connection;
    }

    private String explainSudo(String said) {
        String fix = " netspec starts sandboxes as root with 'sudo -n': give " + settings.user() + " passwordless sudo"
                + " on the host (a sudoers line '" + settings.user() + " ALL=(ALL) NOPASSWD: ALL'), log in as root,"
                + " or set netspec.ssh.sudo=false for sandboxes in a user namespace (no BPF, no kernel modules)";
        if (said.contains("'sudo': No such file")) {
            return "sudo is not installed on the host;" + fix;
        }
        if (said.contains("sudo: a password is required") || said.contains("not in the sudoers")
                || said.contains("may not run sudo")) {
            return said + ";" + fix;
        }
        return said;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
