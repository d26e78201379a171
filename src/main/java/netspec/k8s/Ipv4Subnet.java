package netspec.k8s;

import netspec.evidence.args.Cidr;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;

/** An IPv4 subnet such as a node's pod subnet 10.244.1.0/24, and the addresses counted from its start. */
public record Ipv4Subnet(long network, int prefixLength) {

    /** @throws InvalidStepArgument unless the CIDR is IPv4 and names the subnet itself (no host bits set) */
    public static Ipv4Subnet of(Cidr cidr) {
        if (cidr.address().ipv6()) {
            throw new InvalidStepArgument("IPv4 subnet", cidr.toString(), "it is IPv6; these pod networks are IPv4");
        }
        long address = toLong(cidr.address());
        long network = address & mask(cidr.prefixLength());
        if (network != address) {
            throw new InvalidStepArgument("IPv4 subnet", cidr.toString(),
                    "it has host bits set; the subnet is " + fromLong(network) + "/" + cidr.prefixLength());
        }
        return new Ipv4Subnet(network, cidr.prefixLength());
    }

    /** The subnet an address with its prefix length lies in: 10.244.0.0/24 for 10.244.0.2/24. */
    public static Ipv4Subnet containing(Cidr cidr) {
        return of(Cidr.parse(fromLong(toLong(cidr.address()) & mask(cidr.prefixLength())) + "/" + cidr.prefixLength()));
    }

    public boolean contains(IpAddress address) {
        return !address.ipv6() && (toLong(address) & mask(prefixLength)) == network;
    }

    /** The address {@code index} places after the subnet's own: 0 is 10.244.1.0, 1 is 10.244.1.1. */
    public IpAddress address(int index) {
        if (index < 0 || index >= (1L << (32 - prefixLength))) {
            throw new IllegalArgumentException(this + " has no address number " + index);
        }
        return IpAddress.parse(fromLong(network + index));
    }

    /** The address with this subnet's prefix length, as {@code ip address add} takes it. */
    public Cidr withPrefix(IpAddress address) {
        return Cidr.parse(address + "/" + prefixLength);
    }

    @Override
    public String toString() {
        return fromLong(network) + "/" + prefixLength;
    }

    private static long mask(int prefixLength) {
        return prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
    }

    private static long toLong(IpAddress address) {
        long value = 0;
        for (String part : address.value().split("\\.")) {
            value = value << 8 | Integer.parseInt(part);
        }
        return value;
    }

    private static String fromLong(long value) {
        return (value >> 24 & 255) + "." + (value >> 16 & 255) + "." + (value >> 8 & 255) + "." + (value & 255);
    }
}
