package netspec.shell;

/** The shell could not run a command: it timed out, or the shell itself has gone. */
public class ShellException extends RuntimeException {
    public ShellException(String message) {
        super(message);
    }

    public ShellException(String message, Throwable cause) {
        super(message, cause);
    }
}
