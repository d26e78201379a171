package netspec.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the IPv4 packets out of what {@code tcpdump -nn -v -r FILE} prints (tcpdump 4.99). Each packet is a
 * header line and an indented line with the addresses; a header without a timestamp in front belongs to a
 * packet carried by the one before (the frame inside a VXLAN datagram). Other lines (IPv6, ARP, option
 * dumps) are passed over.
 *
 * <p>tcpdump decodes UDP port 4789 as VXLAN ("vni 1") and Linux's older default port 8472, which flannel
 * uses, as OTV, whose header has the 24-bit identifier at the same place ("instance 1"); both are read as
 * the VNI.
 */
public final class TcpdumpText {

    private static final Pattern HEADER = Pattern.compile(
            "^(\\d{2}:\\d{2}:\\d{2}\\.\\d+ )?IP \\(tos \\S+, ttl (\\d+),.*? proto (\\S+) \\(\\d+\\), length (\\d+)");
    private static final Pattern ADDRESSES = Pattern.compile("^\\s+(\\S+) > (\\S+?): (.*)$");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("^(\\d+\\.\\d+\\.\\d+\\.\\d+)\\.(\\d+)$");
    private static final Pattern VNI = Pattern.compile(
            "^(?:VXLAN, flags \\[[^]]*] \\(0x\\p{XDigit}+\\), vni|OTV, flags \\[[^]]*] \\(0x\\p{XDigit}+\\), overlay \\d+, instance) (\\d+)");

    private TcpdumpText() {
    }

    public static List<IpPacket> parse(String text) {
        List<IpPacket> packets = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            Matcher header = HEADER.matcher(lines[i]);
            Matcher addresses = ADDRESSES.matcher(lines[i + 1]);
            if (!header.find() || !addresses.matches()) {
                continue;
            }
            IpPacket packet = packet(header, addresses);
            boolean carried = header.group(1) == null;
            if (carried && !packets.isEmpty() && packets.get(packets.size() - 1).vni() != null) {
                int last = packets.size() - 1;
                packets.set(last, packets.get(last).carrying(packet));
            } else if (!carried) {
                packets.add(packet);
            }
            i++;
        }
        return List.copyOf(packets);
    }

    private static IpPacket packet(Matcher header, Matcher addresses) {
        String protocol = header.group(3);
        String summary = addresses.group(3);
        Matcher src = IPV4_WITH_PORT.matcher(addresses.group(1));
        Matcher dst = IPV4_WITH_PORT.matcher(addresses.group(2));
        boolean ports = protocol.equals("UDP") || protocol.equals("TCP");
        Matcher vni = VNI.matcher(summary);
        return new IpPacket(Integer.parseInt(header.group(2)), protocol, Integer.parseInt(header.group(4)),
                ports && src.matches() ? src.group(1) : addresses.group(1), ports && src.matches() ? port(src) : null,
                ports && dst.matches() ? dst.group(1) : addresses.group(2), ports && dst.matches() ? port(dst) : null,
                summary, protocol.equals("UDP") && vni.find() ? Integer.valueOf(vni.group(1)) : null, null);
    }

    private static Integer port(Matcher endpoint) {
        return Integer.valueOf(endpoint.group(2));
    }
}
