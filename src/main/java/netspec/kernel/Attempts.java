package netspec.kernel;

import java.util.Optional;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.lab.Lab;
import netspec.shell.CommandResult;

/**
 * Commands whose refusal is itself the behaviour under test ("a bridge cannot be a port of another bridge"): the
 * kernel's answer is kept for the Then-step that judges it. A refusal nobody judged is a defect of the scenario,
 * not a pass: {@link #unjudgedRefusal()} names it, and the scenario fails at its end.
 *
 * <pre>{@code
 * bridges.attach(br1, br0);                                    // may be refused: the answer is kept here
 * attempts.expectRefusedWith("Can not enslave a bridge to a bridge");
 * }</pre>
 */
public final class Attempts {

    private final Lab lab;
    private Reading<CommandResult> last;
    private boolean judged = true;

    public Attempts(Lab lab) {
        this.lab = lab;
    }

    /** Runs argv in place and keeps the kernel's answer, whatever it is. */
    public CommandResult attempt(Place place, String... argv) {
        CommandResult result = lab.attempt(place, argv);
        record(place, result);
        return result;
    }

    /** Keeps where it ran too, so a failed check names the namespace of the command it judged. */
    public void record(Place place, CommandResult result) {
        unjudgedRefusal().ifPresent(refusal -> {
            throw new IllegalStateException(refusal + "; a step that attempts something the kernel may refuse must"
                    + " be followed by a step that judges the answer, e.g. 'Then the kernel refuses it with \"...\"'");
        });
        last = new Reading<>(place, result, result);
        judged = result.succeeded();
    }

    /** The last attempt's answer, for a step that judges it. */
    public Reading<CommandResult> last() {
        if (last == null) {
            throw new IllegalStateException("nothing was attempted before this step");
        }
        judged = true;
        return last;
    }

    public void expectRefusedWith(String message) {
        Facts.expect("the kernel refuses with \"" + message + "\"", last(),
                r -> !r.succeeded() && r.stderr().contains(message),
                r -> r.succeeded() ? "the command succeeded" : "exit " + r.exitStatus() + ": " + r.stderr().strip());
    }

    /** A refused attempt no step has judged yet, described, or empty. */
    public Optional<String> unjudgedRefusal() {
        if (judged || last == null) {
            return Optional.empty();
        }
        CommandResult r = last.value();
        return Optional.of("the kernel refused `" + r.command() + "` in " + last.place() + " (exit " + r.exitStatus()
                + ": " + r.stderr().strip() + ") and no step judged the refusal");
    }
}
