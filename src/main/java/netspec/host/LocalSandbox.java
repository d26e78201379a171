package netspec.host;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import netspec.shell.FramedShell;
import netspec.shell.Shell;

/** A sandbox whose PID 1 is a child process of this JVM. */
final class LocalSandbox implements Sandbox {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final Process process;
    private final FramedShell shell;
    private final String description;

    private LocalSandbox(Process process) {
        this.process = process;
        this.description = "sandbox " + process.pid() + " on local";
        this.shell = new FramedShell(description, process.getOutputStream(), process.getInputStream(),
                process.getErrorStream(), this::kill);
    }

    static LocalSandbox started(Process process, boolean userNamespace) {
        LocalSandbox sandbox = new LocalSandbox(process);
        SandboxGreeting.failure(sandbox.shell).ifPresent(said -> {
            sandbox.close();
            throw new SandboxStartException("local", said, userNamespace);
        });
        return sandbox;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Shell shell() {
        return shell;
    }

    /** PID 1 of the sandbox, the child of unshare. */
    public long initPid() {
        return process.children().findFirst().map(ProcessHandle::pid).orElse(-1L);
    }

    /** Closing stdin makes PID 1 kill the sandbox; SIGKILL from outside is the fallback. */
    @Override
    public void close() {
        shell.close();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
