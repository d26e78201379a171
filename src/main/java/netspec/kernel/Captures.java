package netspec.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import netspec.capture.Capture;
import netspec.capture.Frame;
import netspec.capture.IpPacket;
import netspec.capture.Traffic;
import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.evidence.args.IpAddress;
import netspec.lab.Lab;
import netspec.lab.LinkRef;

/**
 * The packet captures of one scenario, one per link, and the facts read from them. A capture is stopped by the
 * first fact that reads it, so the frames judged are those of everything the scenario did before. A fact that
 * a capture shows <em>no</em> such traffic needs its positive control: tcpdump listened until it was stopped and
 * recorded at least one frame (an idle or dead capture shows no anything).
 *
 * <pre>{@code
 * captures.start(eth0InNs2);                            // tcpdump -i eth0 -p -nn -U -w ...   (in ns2)
 * pings.ping(ns1, IpAddress.parse("10.0.10.2"), 3);
 * captures.expectShows(eth0InNs2, Traffic.parse("ICMP from 10.0.10.1 to 10.0.10.2 in VLAN 10"));
 * captures.expectShowsNo(eth0InNs2, Traffic.parse("ICMP from 10.0.10.1 to 10.0.10.2 untagged"));
 * }</pre>
 */
public final class Captures {

    /** How many distinct frames a failure message lists; the report has them all. */
    private static final int SHOWN = 12;

    private final Lab lab;
    private final Links links;
    private final Map<LinkRef, Capture> byLink = new LinkedHashMap<>();

    public Captures(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    public void start(LinkRef link) {
        if (byLink.containsKey(link)) {
            throw new IllegalStateException("there is already a capture on " + link + " in this scenario");
        }
        byLink.put(link, Capture.start(lab, link, byLink.size() + 1));
    }

    public void expectShows(LinkRef link, Traffic traffic) {
        Facts.expect("the capture on " + link + " shows " + traffic, stopped(link).frames(lab),
                frames -> frames.stream().anyMatch(traffic), Captures::describeFrames);
    }

    public void expectShowsNo(LinkRef link, Traffic traffic) {
        Capture capture = stopped(link);
        expectNone("the capture on " + link + " shows no " + traffic, capture.frames(lab), link,
                capture.listenedUntilStopped(), traffic, Frame::toString);
    }

    /** Whose MAC address a frame carries: the sender's own, or one it shares (an ipvlan has its parent's). */
    public void expectShowsFromMacOf(LinkRef link, Traffic traffic, LinkRef sender) {
        String expected = "the capture on " + link + " shows " + traffic + " sent from the MAC address of " + sender;
        String mac = links.existingMac(expected, sender);
        Facts.expect("the capture on " + link + " shows " + traffic + " sent from " + mac + " (" + sender + ")",
                stopped(link).frames(lab), frames -> frames.stream().anyMatch(f -> traffic.test(f)
                        && mac.equalsIgnoreCase(f.srcMac())),
                frames -> {
                    List<String> senders = frames.stream().filter(traffic).map(f -> f + " from " + f.srcMac())
                            .distinct().limit(SHOWN).toList();
                    return senders.isEmpty() ? "no " + traffic + " at all" : "only " + String.join("; ", senders);
                });
    }

    // the IPv4 view (tcpdump -v): TTL, and the packet a VXLAN datagram carries

    public void expectEchoRequestsWithTtl(LinkRef link, IpAddress from, int ttl) {
        Predicate<IpPacket> request = p -> p.isEchoRequest() && from.value().equals(p.src());
        Facts.expect("echo requests from " + from + " arrived on " + link + ", every one with TTL " + ttl,
                stopped(link).ipPackets(lab),
                packets -> packets.stream().anyMatch(request)
                        && packets.stream().filter(request).allMatch(p -> p.ttl() == ttl),
                packets -> packets.stream().noneMatch(request) ? "no echo request from " + from + "; "
                        + describePackets(packets) : "echo requests from " + from + " with TTL " + packets.stream()
                        .filter(request).map(p -> Integer.toString(p.ttl())).collect(Collectors.joining(", ")));
    }

    /** Every echo request inside a VXLAN datagram on the link travels in the stated envelope, and there is one. */
    public void expectVxlanCarrying(LinkRef link, int vni, int port, IpAddress outerSrc, IpAddress outerDst,
                                    IpAddress innerSrc, IpAddress innerDst) {
        Predicate<IpPacket> carriesRequest = p -> p.carried().filter(inner -> inner.isEchoRequest()
                && innerSrc.value().equals(inner.src()) && innerDst.value().equals(inner.dst())).isPresent();
        Predicate<IpPacket> rightEnvelope = p -> "UDP".equals(p.protocol()) && Integer.valueOf(port).equals(p.dstPort())
                && Integer.valueOf(vni).equals(p.vni()) && outerSrc.value().equals(p.src())
                && outerDst.value().equals(p.dst());
        Reading<List<IpPacket>> packets = stopped(link).ipPackets(lab);
        Facts.expectEvery("echo requests " + innerSrc + " > " + innerDst + " crossed " + link + " inside UDP "
                        + outerSrc + " > " + outerDst + ":" + port + " with VNI " + vni + " (" + decoding(port) + ")",
                new Reading<>(packets.place(), packets.result(), packets.value().stream().filter(carriesRequest).toList()), rightEnvelope,
                IpPacket::toString);
    }

    /** tcpdump decodes by port: 4789 as VXLAN, 8472 (Linux's old default, flannel's) as OTV, same header. */
    private static String decoding(int port) {
        return port == 4789 ? "decoded by tcpdump as VXLAN, vni"
                : port == 8472 ? "decoded by tcpdump as OTV, whose instance is the VNI"
                : "a port tcpdump does not decode as VXLAN: no VNI can be read";
    }

    public void expectNoPacketFromOutsideVxlan(LinkRef link, IpAddress from) {
        expectNoPacket(link, "no packet from " + from + " crossed " + link + " unencapsulated",
                p -> from.value().equals(p.src()));
    }

    public void expectNoPacketOnUdpPort(LinkRef link, int port) {
        Integer udpPort = port;
        expectNoPacket(link, "no UDP packet to or from port " + port + " crossed " + link,
                p -> "UDP".equals(p.protocol()) && (udpPort.equals(p.srcPort()) || udpPort.equals(p.dstPort())));
    }

    public void expectNoPacketTo(LinkRef link, IpAddress to) {
        expectNoPacket(link, "no packet to " + to + " crossed " + link, p -> to.value().equals(p.dst()));
    }

    private void expectNoPacket(LinkRef link, String expected, Predicate<IpPacket> forbidden) {
        Capture capture = stopped(link);
        expectNone(expected, capture.ipPackets(lab), link, capture.listenedUntilStopped(), forbidden,
                IpPacket::toString);
    }

    /**
     * "Shows no", with its positive control: tcpdump listened until it was read ({@code toTheEnd}) and recorded
     * something, so it would have recorded the forbidden traffic too.
     */
    static <T> void expectNone(String expected, Reading<List<T>> recorded, LinkRef link, boolean toTheEnd,
                               Predicate<T> forbidden, java.util.function.Function<T, String> describe) {
        Facts.expectAbsent(expected, recorded, new Facts.Control<>("the capture on " + link
                        + " listened until it was read and recorded traffic", all -> toTheEnd && !all.isEmpty(),
                        all -> toTheEnd ? "it recorded nothing at all" : "tcpdump had ended before it was read"),
                all -> all.stream().noneMatch(forbidden),
                all -> "it shows " + all.stream().filter(forbidden).map(describe).distinct().limit(SHOWN)
                        .collect(Collectors.joining("; ")));
    }

    private Capture stopped(LinkRef link) {
        Capture capture = byLink.get(link);
        if (capture == null) {
            throw new IllegalStateException("no capture on " + link + " was started"
                    + (byLink.isEmpty() ? "" : " (there are captures on " + byLink.keySet() + ")")
                    + "; add a step like 'Given a capture on " + link + "' before the traffic");
        }
        capture.stop(lab);
        return capture;
    }

    private static String describeFrames(List<Frame> frames) {
        if (frames.isEmpty()) {
            return "no frame at all";
        }
        List<String> distinct = frames.stream().map(Frame::toString).distinct().toList();
        return frames.size() + (frames.size() == 1 ? " frame" : " frames") + ", none of them that: "
                + String.join("; ", distinct.subList(0, Math.min(SHOWN, distinct.size())))
                + (distinct.size() > SHOWN ? "; …" : "");
    }

    private static String describePackets(List<IpPacket> packets) {
        if (packets.isEmpty()) {
            return "no IPv4 packet at all";
        }
        String first = packets.stream().limit(SHOWN).map(IpPacket::toString).collect(Collectors.joining("; "));
        return packets.size() + " IPv4 packets: " + first + (packets.size() > SHOWN ? "; ..." : "");
    }
}
