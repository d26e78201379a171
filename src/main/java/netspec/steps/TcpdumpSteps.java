package netspec.steps;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.cucumber.java.en.Then;
import netspec.capture.Captures;
import netspec.capture.IpPacket;
import netspec.lab.LinkRef;
import netspec.evidence.args.IpAddress;
import netspec.evidence.Facts;

/** What tcpdump saw on a link: the IPv4 packets, their TTL, and what a VXLAN datagram carried. */
public class TcpdumpSteps {

    /** Enough of a capture to show what it held when a check fails. */
    private static final int SHOWN = 8;

    private final Captures captures;

    public TcpdumpSteps(Captures captures) {
        this.captures = captures;
    }

    @Then("tcpdump on {link} saw the echo requests from {ip} arrive with TTL {int}")
    public void echoRequestsWithTtl(LinkRef link, IpAddress from, int ttl) {
        Predicate<IpPacket> request = p -> p.isEchoRequest() && from.value().equals(p.src());
        Facts.expect("echo requests from " + from + " arrived on " + link + ", every one with TTL " + ttl,
                captures.ipPackets(link),
                packets -> packets.stream().anyMatch(request)
                        && packets.stream().filter(request).allMatch(p -> p.ttl() == ttl),
                packets -> packets.stream().noneMatch(request) ? "no echo request from " + from + "; " + shown(packets)
                        : "echo requests from " + from + " with TTL " + packets.stream().filter(request)
                        .map(p -> Integer.toString(p.ttl())).collect(Collectors.joining(", ")));
    }

    @Then("tcpdump on {link} saw VXLAN packets with VNI {int} on UDP port {port} from {ip} to {ip}, carrying the echo requests from {ip} to {ip}")
    public void vxlanCarrying(LinkRef link, int vni, int port, IpAddress outerSrc, IpAddress outerDst,
                              IpAddress innerSrc, IpAddress innerDst) {
        Predicate<IpPacket> carriesRequest = p -> p.carried().filter(inner -> inner.isEchoRequest()
                && innerSrc.value().equals(inner.src()) && innerDst.value().equals(inner.dst())).isPresent();
        Predicate<IpPacket> rightEnvelope = p -> "UDP".equals(p.protocol()) && Integer.valueOf(port).equals(p.dstPort())
                && Integer.valueOf(vni).equals(p.vni()) && outerSrc.value().equals(p.src())
                && outerDst.value().equals(p.dst());
        Facts.expect("echo requests " + innerSrc + " > " + innerDst + " crossed " + link + " inside UDP " + outerSrc
                        + " > " + outerDst + ":" + port + " with VNI " + vni, captures.ipPackets(link),
                packets -> packets.stream().anyMatch(carriesRequest)
                        && packets.stream().filter(carriesRequest).allMatch(rightEnvelope),
                TcpdumpSteps::shown);
    }

    @Then("tcpdump on {link} saw no packet from {ip} outside VXLAN")
    public void noBarePacketFrom(LinkRef link, IpAddress from) {
        Facts.expect("no packet from " + from + " crossed " + link + " unencapsulated", captures.ipPackets(link),
                packets -> packets.stream().noneMatch(p -> from.value().equals(p.src())), TcpdumpSteps::shown);
    }

    @Then("tcpdump on {link} saw no packet on UDP port {port}")
    public void noPacketOnPort(LinkRef link, int port) {
        Integer udpPort = port;
        Facts.expect("no UDP packet to or from port " + port + " crossed " + link, captures.ipPackets(link),
                packets -> packets.stream().noneMatch(p -> "UDP".equals(p.protocol())
                        && (udpPort.equals(p.srcPort()) || udpPort.equals(p.dstPort()))),
                TcpdumpSteps::shown);
    }

    @Then("tcpdump on {link} saw no packet sent to {ip}")
    public void noPacketTo(LinkRef link, IpAddress to) {
        Facts.expect("no packet to " + to + " crossed " + link, captures.ipPackets(link),
                packets -> packets.stream().noneMatch(p -> to.value().equals(p.dst())), TcpdumpSteps::shown);
    }

    private static String shown(List<IpPacket> packets) {
        if (packets.isEmpty()) {
            return "tcpdump saw no IPv4 packet at all";
        }
        String first = packets.stream().limit(SHOWN).map(IpPacket::toString).collect(Collectors.joining("; "));
        return packets.size() + " IPv4 packets: " + first + (packets.size() > SHOWN ? "; ..." : "");
    }
}
