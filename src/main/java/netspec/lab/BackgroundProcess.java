package netspec.lab;

import netspec.evidence.Place;
import netspec.linux.ProcessStatus;

import java.time.Duration;

import netspec.shell.CommandResult;
import netspec.shell.Polling;

/**
 * A process a step leaves running in one place of the sandbox (a reader of a tap device, say). It ends
 * when a step stops it, or with the sandbox's PID namespace at the latest.
 */
public record BackgroundProcess(String what, Place place, long pid, String log) {

    /**
     * Generous: a process that held a device ends only once the kernel has let go of it. (Debian 11's tun readers
     * that outlived 5 s had SIGTERM ignored, inherited from its unshare: see sandbox-init.sh.)
     */
    private static final Duration EXIT_WITHIN = Duration.ofSeconds(30);
    private static final int SIGTERM = 15;

    /**
     * Starts argv in the background; its output goes to the file log, so that nothing it prints can reach the
     * framed shell, and its PID (as the sandbox sees it) comes back.
     */
    public static BackgroundProcess start(Lab lab, String what, Place place, String log, String... argv) {
        return new BackgroundProcess(what, place, lab.startInBackground("starting " + what, place, log, argv), log);
    }

    /** Running, and not a zombie waiting to be reaped. */
    public boolean isRunning(Lab lab) {
        String state = state(lab);
        return !state.isEmpty() && !state.equals("Z");
    }

    /** The process's state letter (R, S, D, Z...), from /proc/PID/stat; empty once it is gone. */
    private String state(Lab lab) {
        CommandResult stat = lab.read(Place.HOST, "cat", "/proc/" + pid + "/stat");
        if (!stat.succeeded()) {
            return "";
        }
        String afterName = stat.stdout().substring(stat.stdout().lastIndexOf(')') + 1).strip();
        return afterName.isEmpty() ? "" : afterName.substring(0, 1);
    }

    /**
     * Its state, the kernel function it sleeps in and how it treats SIGTERM, e.g. "state S (sleeping), in the
     * kernel at tun_chr_read_iter; perl: SIGTERM blocked": what a process that outlived its SIGTERM was doing.
     */
    private String whereItWaits(Lab lab) {
        CommandResult wchan = lab.read(Place.HOST, "cat", "/proc/" + pid + "/wchan");
        CommandResult status = lab.read(Place.HOST, "cat", "/proc/" + pid + "/status");
        return "state " + state(lab)
                + (wchan.succeeded() && !wchan.stdout().isBlank() ? ", in the kernel at " + wchan.stdout().strip() : "")
                + (status.succeeded() ? "; " + ProcessStatus.parse(status.stdout()).howItTreats("SIGTERM", SIGTERM) : "");
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
                    + " s after SIGTERM; " + whereItWaits(lab));
        }
    }
}
