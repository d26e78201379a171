package netspec.packets;

import java.util.Optional;

/** An Ethernet II header and what it carries. */
public record EthernetFrame(String destination, String source, int ethertype, Packet frame) {

    public static final int IPV4 = 0x0800;
    public static final int ARP = 0x0806;
    public static final int IPV6 = 0x86dd;
    public static final String BROADCAST = "ff:ff:ff:ff:ff:ff";
    private static final int HEADER = 14;

    static Optional<EthernetFrame> of(Packet packet) {
        if (!packet.has(0, HEADER)) {
            return Optional.empty();
        }
        return Optional.of(new EthernetFrame(packet.mac(0), packet.mac(6), packet.u16(12), packet));
    }

    public boolean isFrom(String mac) {
        return source.equalsIgnoreCase(mac);
    }

    public Optional<Ipv4Header> ipv4() {
        return ethertype == IPV4 ? Ipv4Header.at(frame, HEADER) : Optional.empty();
    }

    public Optional<ArpPacket> arp() {
        return ethertype == ARP ? ArpPacket.at(frame, HEADER) : Optional.empty();
    }

    String describe() {
        String carried = switch (ethertype) {
            case IPV4 -> ipv4().map(Ipv4Header::describe).orElse("truncated IPv4");
            case ARP -> arp().map(ArpPacket::describe).orElse("truncated ARP");
            case IPV6 -> "IPv6";
            default -> String.format("ethertype 0x%04x", ethertype);
        };
        return source + " > " + destination + ", " + carried;
    }
}
