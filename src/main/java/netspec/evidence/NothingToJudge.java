package netspec.evidence;

/**
 * A fact that could not be judged: the reading was empty, the device it is about is missing, or the probe of a
 * negative fact never ran. It fails like a violated fact, and says "nothing to judge" with the reading.
 */
public final class NothingToJudge extends FactViolation {
    public NothingToJudge(String expected, String why, String readWith) {
        super(expected, "nothing to judge: " + why, readWith);
    }
}
