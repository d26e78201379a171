package netspec.evidence.args;

/** An address with its prefix length, e.g. 10.0.0.1/24, as given to {@code ip address add}. */
public record Cidr(IpAddress address, int prefixLength) {

    public static Cidr parse(String text) {
        if (text == null || !text.contains("/")) {
            throw new InvalidStepArgument("CIDR", text == null ? "" : text,
                    "it needs an address and a prefix length, like 10.0.0.1/24");
        }
        int slash = text.indexOf('/');
        IpAddress address = IpAddress.parse(text.substring(0, slash));
        String prefix = text.substring(slash + 1);
        if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > address.hostPrefix()) {
            throw new InvalidStepArgument("CIDR", text,
                    "the prefix length must be a number from 0 to " + address.hostPrefix());
        }
        return new Cidr(address, Integer.parseInt(prefix));
    }

    @Override
    public String toString() {
        return address + "/" + prefixLength;
    }
}
