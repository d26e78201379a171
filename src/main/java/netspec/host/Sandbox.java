package netspec.host;

import java.time.Duration;

import netspec.shell.CommandResult;
import netspec.shell.Shell;

/**
 * One scenario's private piece of a kernel: its own network, mount and PID namespaces, and a root shell in
 * them. Closing it ends every process it started; its namespaces vanish with them.
 */
public interface Sandbox extends AutoCloseable {

    /** Which target and which sandbox, for messages. */
    String description();

    Shell shell();

    default CommandResult run(String command) {
        return shell().run(command);
    }

    default CommandResult run(String command, Duration timeout) {
        return shell().run(command, timeout);
    }

    @Override
    void close();
}
