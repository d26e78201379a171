package netspec.steps;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.kernel.Attempts;
import netspec.shell.CommandResult;

/**
 * What a When-step caused, kept for the Then-steps of the same scenario: (through {@link Attempts}) the
 * kernel's answer to the last command it may refuse.
 */
public class Outcomes {

    private final Attempts attempts;

    public Outcomes(Attempts attempts) {
        this.attempts = attempts;
    }

    public void attempt(Place place, CommandResult result) {
        attempts.record(place, result);
    }

    public Reading<CommandResult> lastAttempt() {
        return attempts.last();
    }

    @Then("the kernel refuses it with {string}")
    public void refused(String message) {
        attempts.expectRefusedWith(message);
    }

    /** A refusal no step judged would let a scenario pass over a setup that never happened. */
    @After(order = 20000)
    public void noUnjudgedRefusal(Scenario scenario) {
        if (!scenario.isFailed()) {
            attempts.unjudgedRefusal().ifPresent(refusal -> {
                throw new IllegalStateException(refusal);
            });
        }
    }
}
