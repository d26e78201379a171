package netspec.capture;

import java.util.Optional;

/**
 * One IPv4 packet as {@code tcpdump -nn -v} prints it: the header line with TTL, protocol and length, then
 * the addresses and what it carries. A VXLAN datagram carries a whole frame, whose IPv4 packet is
 * {@code inner}.
 *
 * @param srcPort null unless the protocol has ports (UDP, TCP)
 * @param summary what tcpdump printed after the addresses, e.g. "ICMP echo request, id 65, seq 1, length 64"
 * @param vni     the VXLAN network identifier, or null for a packet that is no VXLAN datagram
 */
public record IpPacket(int ttl, String protocol, int length, String src, Integer srcPort, String dst,
                       Integer dstPort, String summary, Integer vni, IpPacket inner) {

    public boolean isEchoRequest() {
        return "ICMP".equals(protocol) && summary.startsWith("ICMP echo request");
    }

    public boolean isEchoReply() {
        return "ICMP".equals(protocol) && summary.startsWith("ICMP echo reply");
    }

    public Optional<IpPacket> carried() {
        return Optional.ofNullable(inner);
    }

    IpPacket carrying(IpPacket packet) {
        return new IpPacket(ttl, protocol, length, src, srcPort, dst, dstPort, summary, vni, packet);
    }

    /** e.g. "UDP 192.168.56.11:40151 > 192.168.56.12:8472 ttl 64 VNI 1 [ICMP 10.244.1.2 > 10.244.2.2 ttl 63 ...]". */
    @Override
    public String toString() {
        String text = protocol + " " + endpoint(src, srcPort) + " > " + endpoint(dst, dstPort) + " ttl " + ttl
                + (vni == null ? "" : " VNI " + vni);
        return inner != null ? text + " [" + inner + "]" : text + ": " + summary;
    }

    private static String endpoint(String address, Integer port) {
        return port == null ? address : address + ":" + port;
    }
}
