package netspec.shell;

import java.time.Duration;

public final class CommandTimeoutException extends ShellException {
    public CommandTimeoutException(String command, Duration timeout) {
        super("command did not finish within " + timeout.toMillis() + " ms: " + command);
    }
}
