package netspec.packets;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bytes of one packet as a tun or tap device handed it to the process reading it: an IP packet from a
 * tun, an Ethernet frame from a tap (both without the packet-information header, IFF_NO_PI).
 */
public final class Packet {

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    public Packet(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public static Packet ofHex(String hex) {
        return new Packet(HEX.parseHex(hex));
    }

    public int length() {
        return bytes.length;
    }

    /** The IP version in the first nibble: 4 or 6 for a packet that starts with an IP header. */
    public int firstNibble() {
        return bytes.length == 0 ? -1 : (bytes[0] & 0xff) >> 4;
    }

    /** The packet read as a bare IPv4 packet, as a tun delivers it. */
    public Optional<Ipv4Header> asIpv4() {
        return Ipv4Header.at(this, 0);
    }

    /** The packet read as an Ethernet frame, as a tap delivers it. */
    public Optional<EthernetFrame> asEthernet() {
        return EthernetFrame.of(this);
    }

    /** One line for a report, read as what a tun (false) or a tap (true) delivers. */
    public String describe(boolean ethernet) {
        if (ethernet) {
            return asEthernet().map(EthernetFrame::describe).orElse("runt frame of " + length() + " bytes");
        }
        return switch (firstNibble()) {
            case 4 -> asIpv4().map(Ipv4Header::describe).orElse("truncated IPv4 packet");
            case 6 -> "IPv6 packet, next header " + u8(6) + ", " + length() + " bytes";
            default -> "not an IP packet (first byte 0x" + String.format("%02x", u8(0)) + "), " + length() + " bytes";
        };
    }

    int u8(int offset) {
        return offset < bytes.length ? bytes[offset] & 0xff : -1;
    }

    int u16(int offset) {
        return (u8(offset) << 8) | u8(offset + 1);
    }

    boolean has(int offset, int count) {
        return offset >= 0 && offset + count <= bytes.length;
    }

    String mac(int offset) {
        StringBuilder mac = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            mac.append(i == 0 ? "" : ":").append(String.format("%02x", u8(offset + i)));
        }
        return mac.toString();
    }

    String ipv4(int offset) {
        return u8(offset) + "." + u8(offset + 1) + "." + u8(offset + 2) + "." + u8(offset + 3);
    }

    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Packet p && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
