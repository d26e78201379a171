package netspec.shell;

import java.time.Duration;

/** What one command printed and how it ended, as framed by {@link FramedShell}. */
public record CommandResult(String command, int exitStatus, String stdout, String stderr, Duration duration) {

    public boolean succeeded() {
        return exitStatus == 0;
    }

    /** The command and its outcome the way a terminal would have shown them. */
    public String transcript() {
        StringBuilder text = new StringBuilder("$ ").append(command).append('\n');
        if (!stdout.isEmpty()) {
            text.append(stdout);
            if (!stdout.endsWith("\n")) text.append('\n');
        }
        if (!stderr.isEmpty()) {
            text.append(stderr);
            if (!stderr.endsWith("\n")) text.append('\n');
        }
        return text.append(String.format("[exit %d, %.1f ms]%n", exitStatus, duration.toNanos() / 1e6)).toString();
    }
}
