package netspec.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what {@code tcpdump -nn -e -r FILE} prints for an Ethernet capture into {@link Frame}s.
 *
 * <p>Written against tcpdump 4.99 and what it really prints (see src/test/resources/captured/tcpdump): one
 * line per frame starting with its time; a VXLAN (or OTV) datagram is followed by one more line, without a
 * time, for the frame it carries. Without {@code -v} tcpdump does not name the IP protocol, so it is told by
 * the payload: "ICMP"/"ICMP6" by name, TCP by its "Flags [...]", UDP for any other payload between ports.
 * A line that fits none of this fails loudly rather than being skipped: a check that silently read nothing
 * would pass every "shows no".
 */
public final class TcpdumpLines {

    private static final String MAC = "[0-9a-f]{2}(?::[0-9a-f]{2}){5}";
    private static final Pattern FRAME = Pattern.compile("^(?<time>\\d{2}:\\d{2}:\\d{2}\\.\\d+ )?(?<src>" + MAC
            + ") > (?<dst>" + MAC + "), ethertype (?<type>\\S+) \\(0x[0-9a-f]{4}\\), length \\d+: (?<rest>.*)$");
    private static final Pattern VLAN = Pattern.compile(
            "^vlan (?<id>\\d+), p \\d+(?:, DEI)?, ethertype (?<type>\\S+) \\(0x[0-9a-f]{4}\\), (?<rest>.*)$");
    private static final Pattern IP = Pattern.compile("^(?<src>\\S+) > (?<dst>\\S+): (?<payload>.*)$");
    private static final Pattern TUNNEL = Pattern.compile(
            "^(?:VXLAN, flags \\[[^]]*] \\(0x[0-9a-f]+\\), vni|OTV, flags \\[[^]]*] \\(0x[0-9a-f]+\\), overlay \\d+, instance) (?<vni>\\d+)");
    private static final Pattern ICMP6 = Pattern.compile("^(?:[A-Z]+ )*ICMP6\\b");
    private static final Pattern ARP_REQUEST = Pattern.compile("^Request who-has (?<target>\\S+) tell (?<sender>[^\\s,]+)");
    private static final Pattern ARP_REPLY = Pattern.compile("^Reply (?<sender>\\S+) is-at ");

    private TcpdumpLines() {
    }

    public static List<Frame> parse(String text) {
        List<Frame> frames = new ArrayList<>();
        boolean innerExpected = false;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = FRAME.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a line of `tcpdump -nn -e -r` for an Ethernet capture: " + line);
            }
            Frame frame = frame(m.group("src"), m.group("dst"), m.group("type"), m.group("rest"));
            if (m.group("time") == null) {
                if (!innerExpected) {
                    throw new IllegalArgumentException("a frame without a time that no tunnel carries: " + line);
                }
                frames.set(frames.size() - 1, frames.get(frames.size() - 1).withInner(frame));
                innerExpected = false;
            } else {
                frames.add(frame);
                innerExpected = frame.vni() != null;
            }
        }
        return List.copyOf(frames);
    }

    private static Frame frame(String src, String dst, String type, String rest) {
        Integer vlan = null;
        if (type.equals("802.1Q")) {
            Matcher tag = VLAN.matcher(rest);
            if (!tag.matches()) {
                throw new IllegalArgumentException("an 802.1Q frame without its tag: " + rest);
            }
            vlan = Integer.valueOf(tag.group("id"));
            type = tag.group("type");
            rest = tag.group("rest");
        }
        return switch (type) {
            case "IPv4", "IPv6" -> ip(src, dst, vlan, type, rest);
            case "ARP" -> arp(src, dst, vlan, rest);
            default -> new Frame(src, dst, vlan, type, null, null, "", null, null, null, null);
        };
    }

    private static Frame ip(String srcMac, String dstMac, Integer vlan, String type, String rest) {
        Matcher m = IP.matcher(rest);
        if (!m.matches()) {
            return new Frame(srcMac, dstMac, vlan, type, null, null, firstWord(rest), null, null, null, null);
        }
        String payload = m.group("payload");
        Endpoint src = Endpoint.of(m.group("src"));
        Endpoint dst = Endpoint.of(m.group("dst"));
        String protocol;
        Integer vni = null;
        if (src.port() != null) {
            protocol = payload.startsWith("Flags [") ? "TCP" : "UDP";
            Matcher tunnel = TUNNEL.matcher(payload);
            if (protocol.equals("UDP") && tunnel.find()) {
                vni = Integer.valueOf(tunnel.group("vni"));
            }
        } else if (ICMP6.matcher(payload).find()) {
            protocol = "ICMP6";
        } else if (payload.startsWith("ICMP ")) {
            protocol = "ICMP";
        } else {
            protocol = firstWord(payload);
        }
        return new Frame(srcMac, dstMac, vlan, type, src.ip(), dst.ip(), protocol, src.port(), dst.port(), vni, null);
    }

    private static Frame arp(String srcMac, String dstMac, Integer vlan, String rest) {
        Matcher request = ARP_REQUEST.matcher(rest);
        if (request.find()) {
            return new Frame(srcMac, dstMac, vlan, "ARP", request.group("sender"), request.group("target"), "ARP",
                    null, null, null, null);
        }
        Matcher reply = ARP_REPLY.matcher(rest);
        String sender = reply.find() ? reply.group("sender") : null;
        return new Frame(srcMac, dstMac, vlan, "ARP", sender, null, "ARP", null, null, null, null);
    }

    private static String firstWord(String text) {
        return text.split("[\\s,]", 2)[0];
    }

    /** "10.0.0.1.4789" or "fe80::1.546" (address, then the port after the last dot) or a bare address. */
    private record Endpoint(String ip, Integer port) {
        static Endpoint of(String text) {
            int dot = text.lastIndexOf('.');
            boolean ipv6 = text.contains(":");
            boolean hasPort = ipv6 ? dot > 0 : text.chars().filter(c -> c == '.').count() == 4;
            if (!hasPort || !text.substring(dot + 1).matches("\\d{1,5}")) {
                return new Endpoint(text, null);
            }
            return new Endpoint(text.substring(0, dot), Integer.valueOf(text.substring(dot + 1)));
        }
    }
}
