package netspec.steps;

import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.shell.CommandResult;

/** What a When-step caused, kept for the Then-steps of the same scenario. */
public class Outcomes {

    private Reading<CommandResult> lastAttempt;

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
