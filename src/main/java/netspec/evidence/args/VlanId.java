package netspec.evidence.args;

/**
 * An 802.1Q VLAN ID a scenario builds with. The tag has 12 bits, but 0 means "no VLAN, a priority tag only"
 * and 4095 is reserved, so a VLAN of its own has an ID from 1 to 4094. To show what the kernel does with the
 * others, a scenario asks for them with a When-step, which takes any number and lets the kernel judge.
 */
public record VlanId(int value) {

    public static final int MIN = 1;
    public static final int MAX = 4094;

    public VlanId {
        if (value < MIN || value > MAX) {
            throw new InvalidStepArgument("VLAN ID", Integer.toString(value), "a VLAN has an ID from " + MIN + " to "
                    + MAX + " (0 only marks a priority tag, 4095 is reserved); to see the kernel refuse an ID, use"
                    + " a step like 'When a VLAN v1 with ID 4095 is created on eth0'");
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
