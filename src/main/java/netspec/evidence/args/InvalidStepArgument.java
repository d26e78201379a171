package netspec.evidence.args;

/** A step argument broke a rule; thrown before the step runs any command. */
public final class InvalidStepArgument extends IllegalArgumentException {
    public InvalidStepArgument(String what, String value, String rule) {
        super(what + " '" + value + "' is invalid: " + rule);
    }
}
