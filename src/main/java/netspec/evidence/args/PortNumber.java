package netspec.evidence.args;

/** A TCP or UDP port a scenario names: 1 to 65535 (0 is "any port" to the kernel, never a service's port). */
public record PortNumber(int value) {

    public static final int MIN = 1;
    public static final int MAX = 65535;
    private static final String RULE = "a TCP or UDP port is from " + MIN + " to " + MAX;

    public PortNumber {
        if (value < MIN || value > MAX) {
            throw new InvalidStepArgument("port", Integer.toString(value), RULE);
        }
    }

    public static PortNumber parse(String text) {
        try {
            return new PortNumber(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new InvalidStepArgument("port", text, RULE);
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
