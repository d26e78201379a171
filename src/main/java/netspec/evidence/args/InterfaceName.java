package netspec.evidence.args;

/** A network interface name as a step gives it, checked before it reaches any command. */
public record InterfaceName(String value) {
    public InterfaceName {
        KernelName.check("interface name", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
