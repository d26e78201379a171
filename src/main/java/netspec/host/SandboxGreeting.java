package netspec.host;

import java.time.Duration;
import java.util.Optional;

import netspec.shell.CommandResult;
import netspec.shell.FramedShell;
import netspec.shell.ShellException;

/** The first command of every new sandbox: it proves the sandbox started, or collects what it said instead. */
public final class SandboxGreeting {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private SandboxGreeting() {
    }

    /**
     * @return empty when the sandbox answered; otherwise what it printed before it ended, for a
     *         {@link SandboxStartException}. Lines ahead of the answer are allowed: over SSH the login shell
     *         runs the user's ~/.bashrc before it starts the sandbox, and some of those print something.
     */
    public static Optional<String> failure(FramedShell shell) {
        try {
            CommandResult ready = shell.run("echo ready", PATIENCE);
            if (ready.stdout().strip().endsWith("ready")) {
                return Optional.empty();
            }
            throw new ShellException("unexpected greeting: " + ready.stdout());
        } catch (ShellException e) {
            String said = shell.drainToEnd(Duration.ofSeconds(2));
            return Optional.of(said.isEmpty() ? e.getMessage() : said);
        }
    }
}
