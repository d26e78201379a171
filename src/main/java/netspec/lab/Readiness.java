package netspec.lab;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import netspec.shell.Polling;

/** Waiting for a process just started in the background to be ready for the traffic a step is about to send. */
public final class Readiness {

    private Readiness() {
    }

    /**
     * Returns once {@code ready} holds; fails with what the process said when it ends first or takes longer
     * than {@code within}.
     *
     * @param readiness what ready means, for the message: "listening on eth0 in pod2"
     */
    public static void await(Lab lab, BackgroundProcess process, BooleanSupplier ready, String readiness,
                             Duration within) {
        if (!Polling.until(within, () -> !process.isRunning(lab) || ready.getAsBoolean())) {
            throw new IllegalStateException(process.what() + " is not " + readiness + " after " + within.toSeconds()
                    + " s; it said: " + process.output(lab));
        }
        if (!process.isRunning(lab)) {
            throw new IllegalStateException(process.what() + " ended before " + readiness + "; it said: "
                    + process.output(lab));
        }
    }
}
