package netspec.steps;

import io.cucumber.java.en.Then;
import netspec.evidence.args.IpAddress;
import netspec.kernel.Captures;
import netspec.lab.LinkRef;

/** What tcpdump saw on a link: the IPv4 packets, their TTL, and what a VXLAN datagram carried. */
public class TcpdumpSteps {

    private final Captures captures;

    public TcpdumpSteps(Captures captures) {
        this.captures = captures;
    }

    @Then("tcpdump on {link} saw the echo requests from {ip} arrive with TTL {int}")
    public void echoRequestsWithTtl(LinkRef link, IpAddress from, int ttl) {
        captures.expectEchoRequestsWithTtl(link, from, ttl);
    }

    @Then("tcpdump on {link} saw VXLAN packets with VNI {int} on UDP port {port} from {ip} to {ip}, carrying the echo requests from {ip} to {ip}")
    public void vxlanCarrying(LinkRef link, int vni, int port, IpAddress outerSrc, IpAddress outerDst,
                              IpAddress innerSrc, IpAddress innerDst) {
        captures.expectVxlanCarrying(link, vni, port, outerSrc, outerDst, innerSrc, innerDst);
    }

    @Then("tcpdump on {link} saw no packet from {ip} outside VXLAN")
    public void noBarePacketFrom(LinkRef link, IpAddress from) {
        captures.expectNoPacketFromOutsideVxlan(link, from);
    }

    @Then("tcpdump on {link} saw no packet on UDP port {port}")
    public void noPacketOnPort(LinkRef link, int port) {
        captures.expectNoPacketOnUdpPort(link, port);
    }

    @Then("tcpdump on {link} saw no packet sent to {ip}")
    public void noPacketTo(LinkRef link, IpAddress to) {
        captures.expectNoPacketTo(link, to);
    }
}
