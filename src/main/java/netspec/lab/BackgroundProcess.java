package netspec.lab;

import netspec.evidence.Place;

import java.time.Duration;

import netspec.shell.CommandResult;
import netspec.shell.Polling;

/**
 * A process a step leaves running in one place of the sandbox (a reader of a tap device, say). It ends
 * when a step stops it, or with the sandbox's PID namespace at the latest.
 */
public record BackgroundProcess(String what, Place place, long pid, String log) {

    private static final Duration EXIT_WITHIN = Duration.ofSeconds(5);

    /**
     * Starts argv in the background; its output goes to the file log, so that nothing it prints can reach the
     * framed shell, and its PID (as the sandbox sees it) comes back.
     */
    public static BackgroundProcess start(Lab lab, String what, Place place, String log, String... argv) {
        return new BackgroundProcess(what, place, lab.startInBackground("starting " + what, place, log, argv), log);
    }

    /** Running, and not a zombie waiting to be reaped. */
    public boolean isRunning(Lab lab) {
        CommandResult stat = lab.read(Place.HOST, "cat", "/proc/" + pid + "/stat");
        if (!stat.succeeded()) {
            return false;
        }
        String afterName = stat.stdout().substring(stat.stdout().lastIndexOf(')') + 1).strip();
        return !afterName.startsWith("Z");
    }

    /** What the process printed so far. */
    public String output(Lab lab) {
        CommandResult log = lab.read(Place.HOST, "cat", this.log);
        return log.succeeded() ? log.stdout().strip() : "";
    }

    /** Sends SIGTERM and waits until the process is gone. */
    public void stop(Lab lab) {
        lab.run("stopping " + what, Place.HOST, "kill", Long.toString(pid));
        if (!Polling.until(EXIT_WITHIN, () -> !isRunning(lab))) {
            throw new IllegalStateException(what + " (pid " + pid + ") still runs " + EXIT_WITHIN.toSeconds()
                    + " s after SIGTERM");
        }
    }
}
