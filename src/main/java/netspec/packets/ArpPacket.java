package netspec.packets;

import java.util.Optional;

/** An ARP packet for IPv4 over Ethernet (RFC 826). */
public record ArpPacket(int operation, String senderMac, String senderIp, String targetIp) {

    public static final int REQUEST = 1;
    private static final int LENGTH = 28;

    static Optional<ArpPacket> at(Packet packet, int offset) {
        boolean ethernetIpv4 = packet.u16(offset) == 1 && packet.u16(offset + 2) == EthernetFrame.IPV4
                && packet.u8(offset + 4) == 6 && packet.u8(offset + 5) == 4;
        if (!packet.has(offset, LENGTH) || !ethernetIpv4) {
            return Optional.empty();
        }
        return Optional.of(new ArpPacket(packet.u16(offset + 6), packet.mac(offset + 8), packet.ipv4(offset + 14),
                packet.ipv4(offset + 24)));
    }

    public boolean isRequestFor(String ip) {
        return operation == REQUEST && targetIp.equals(ip);
    }

    String describe() {
        return operation == REQUEST ? "ARP request who-has " + targetIp + " tell " + senderIp
                : "ARP operation " + operation + " " + senderIp + " is-at " + senderMac;
    }
}
