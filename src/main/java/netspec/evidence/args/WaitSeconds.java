package netspec.evidence.args;

import java.time.Duration;

/**
 * How long a Then-step may wait for a fact ("within 3 seconds"): at least 1 second (0 would check nothing
 * and a negative wait means nothing), at most {@value #MAX} seconds, so that a typo cannot hold a CI run for a
 * day. Nothing the kernel documents here takes longer than STP's listening and learning (2 x 30 s at most).
 */
public record WaitSeconds(int value) {

    public static final int MIN = 1;
    public static final int MAX = 600;

    public WaitSeconds {
        if (value < MIN || value > MAX) {
            throw new InvalidStepArgument("wait", value + " seconds", "a step waits from " + MIN + " to " + MAX
                    + " seconds (10 minutes); a longer wait is a mistake, a shorter one checks nothing");
        }
    }

    /** From the step's text; a number too large for an int is refused with the same rule. */
    public static WaitSeconds parse(String text) {
        try {
            return new WaitSeconds(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new InvalidStepArgument("wait", text + " seconds", "a step waits from " + MIN + " to " + MAX
                    + " seconds");
        }
    }

    public Duration duration() {
        return Duration.ofSeconds(value);
    }
}
