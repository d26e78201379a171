package netspec.capture;

/**
 * One Ethernet frame of a capture, as tcpdump decoded it ({@code tcpdump -nn -e -r}).
 *
 * <p>Fields tcpdump did not print are null: the IP addresses of a frame that is not IP or ARP, the ports of
 * one that is not UDP or TCP, the VLAN of an untagged frame, the VNI and inner frame of one that is no
 * tunnel. For ARP, {@code ipSrc} is the sender's address and {@code ipDst} the one asked about.
 *
 * @param ethertype what the frame carries after any 802.1Q tag, as tcpdump names it: IPv4, IPv6, ARP...
 * @param protocol  ICMP, ICMP6, UDP, TCP or ARP; otherwise the first word tcpdump printed for the payload
 * @param vni       the 24-bit VXLAN network identifier; tcpdump decodes UDP port 4789 as VXLAN ("vni 42")
 *                  and Linux's default port 8472 as OTV, whose "instance" is the same field ("instance 42")
 * @param inner     the frame a VXLAN datagram carries
 */
public record Frame(String srcMac, String dstMac, Integer vlan, String ethertype, String ipSrc, String ipDst,
                    String protocol, Integer srcPort, Integer dstPort, Integer vni, Frame inner) {

    Frame withInner(Frame carried) {
        return new Frame(srcMac, dstMac, vlan, ethertype, ipSrc, ipDst, protocol, srcPort, dstPort, vni, carried);
    }

    /** e.g. "UDP 10.0.0.1:55677 > 10.0.0.2:4789 VNI 42 [ICMP 192.168.42.1 > 192.168.42.2]". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (vlan != null) {
            text.append("vlan ").append(vlan).append(' ');
        }
        text.append(protocol.isEmpty() ? ethertype : protocol);
        if (ipSrc != null || ipDst != null) {
            text.append(' ').append(endpoint(ipSrc, srcPort)).append(" > ").append(endpoint(ipDst, dstPort));
        } else {
            text.append(' ').append(srcMac).append(" > ").append(dstMac);
        }
        if (vni != null) {
            text.append(" VNI ").append(vni);
        }
        if (inner != null) {
            text.append(" [").append(inner).append(']');
        }
        return text.toString();
    }

    private static String endpoint(String ip, Integer port) {
        String address = ip == null ? "?" : ip.contains(":") && port != null ? "[" + ip + "]" : ip;
        return port == null ? address : address + ":" + port;
    }
}
