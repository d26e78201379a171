package netspec.host.ssh;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import net.schmizz.sshj.common.IOUtils;
import net.schmizz.sshj.connection.ConnectionException;
import net.schmizz.sshj.connection.channel.direct.Session;
import netspec.shell.CommandResult;
import netspec.shell.FramedShell;
import netspec.shell.Shell;
import netspec.shell.ShellException;
import netspec.host.Sandbox;

/**
 * A sandbox on an SSH host: the same sandbox command as locally, running on a session channel of its own, its
 * PID 1 fed over the channel. End of the channel's input (close, a lost connection, sshd gone) is end of
 * stdin for PID 1, which then kills every process of the sandbox.
 */
final class SshSandbox implements Sandbox {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Session.Command channel;
    private final SshConnection connection;
    private final FramedShell framed;
    private final Shell shell;
    private final String description;
    private final java.util.concurrent.atomic.AtomicBoolean cut = new java.util.concurrent.atomic.AtomicBoolean();

    SshSandbox(Session.Command channel, SshConnection connection, String description) {
        this.channel = channel;
        this.connection = connection;
        this.description = description;
        this.framed = new FramedShell(description, channel.getOutputStream(), channel.getInputStream(),
                channel.getErrorStream(), this::cut);
        this.shell = new ConnectionAwareShell();
    }

    FramedShell framedShell() {
        return framed;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Shell shell() {
        return shell;
    }

    /** End of input lets PID 1 clean up and exit; closing the channel is the fallback, with the same effect. */
    @Override
    public void close() {
        framed.close();
        try {
            channel.join(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ConnectionException e) {
            // the channel or the connection ended first: the host has ended the sandbox by itself
        }
        cut();
    }

    /** Closes the channel: sshd then closes PID 1's stdin, as on a lost connection; its slot goes to the next. */
    private void cut() {
        IOUtils.closeQuietly(channel);
        if (cut.compareAndSet(false, true)) {
            connection.closed();
        }
    }

    /** The framed shell, saying so when a command failed because the connection went away. */
    private final class ConnectionAwareShell implements Shell {

        @Override
        public CommandResult run(String command, Duration timeout) {
            try {
                return framed.run(command, timeout);
            } catch (ShellException e) {
                if (connection.isAlive()) {
                    throw e;
                }
                throw new ShellException(description + ": lost the SSH connection to " + connection.settings().address()
                        + " (" + connection.lostBecause() + ") while running: " + command + "; on the host the"
                        + " sandbox ends with its channel, and the next scenario connects again", e);
            }
        }

        @Override
        public boolean isAlive() {
            return framed.isAlive() && connection.isAlive();
        }

        @Override
        public void close() {
            SshSandbox.this.close();
        }
    }
}
