package netspec.steps;

import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.linux.PingStatistics;
import netspec.shell.CommandResult;

/** What a When-step caused, kept for the Then-steps of the same scenario. */
public class Outcomes {

    private Reading<PingStatistics> lastPing;
    private Reading<CommandResult> lastAttempt;

    public void ping(Reading<PingStatistics> ping) {
        this.lastPing = ping;
    }

    public Reading<PingStatistics> lastPing() {
        if (lastPing == null) {
            throw new IllegalStateException("no ping was sent before this step; add a step like 'When ns1 pings 10.0.0.2'");
        }
        return lastPing;
    }

    /** Keeps where it ran too, so a failed check names the namespace of the command it judged. */
    public void attempt(Place place, CommandResult result) {
        this.lastAttempt = new Reading<>(place, result, result);
    }

    public Reading<CommandResult> lastAttempt() {
        if (lastAttempt == null) {
            throw new IllegalStateException("nothing was attempted before this step");
        }
        return lastAttempt;
    }
}
