package netspec.shell;

import java.time.Duration;

/** A shell that runs one command at a time and reports exit status, stdout, stderr and duration. */
public interface Shell extends AutoCloseable {

    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    CommandResult run(String command, Duration timeout);

    default CommandResult run(String command) {
        return run(command, DEFAULT_TIMEOUT);
    }

    boolean isAlive();

    @Override
    void close();
}
