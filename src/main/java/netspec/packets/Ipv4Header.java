package netspec.packets;

import java.util.Optional;

/** The fields of an IPv4 header that the specs judge. */
public record Ipv4Header(int protocol, String source, String destination) {

    private static final int MIN_LENGTH = 20;

    /** The IPv4 header starting at offset, or empty when the bytes there are not one. */
    static Optional<Ipv4Header> at(Packet packet, int offset) {
        if (!packet.has(offset, MIN_LENGTH) || packet.u8(offset) >> 4 != 4 || (packet.u8(offset) & 0x0f) < 5) {
            return Optional.empty();
        }
        return Optional.of(new Ipv4Header(packet.u8(offset + 9), packet.ipv4(offset + 12), packet.ipv4(offset + 16)));
    }

    public boolean isBetween(String from, String to) {
        return source.equals(from) && destination.equals(to);
    }

    String describe() {
        String name = switch (protocol) {
            case 1 -> "ICMP";
            case 2 -> "IGMP";
            case 6 -> "TCP";
            case 17 -> "UDP";
            default -> "protocol " + protocol;
        };
        return "IPv4 " + name + " " + source + " > " + destination;
    }
}
