package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpvlanMode;
import netspec.evidence.args.NamespaceName;
import netspec.linux.Link;
import netspec.linux.LowerDevice;
import netspec.evidence.Facts;

/** ipvlan devices: addresses of their own on top of one parent, all behind the parent's MAC address. */
public class IpvlanSteps {

    private final Lab lab;
    private final TopologySteps topology;

    public IpvlanSteps(Lab lab, TopologySteps topology) {
        this.lab = lab;
        this.topology = topology;
    }

    /** Created next to its parent and moved into the namespace at birth, as a container runtime does. */
    @Given("an ipvlan {iface} on {link} in {word} mode, in {netns} with address {cidr}")
    public void anIpvlan(InterfaceName name, LinkRef parent, String mode, NamespaceName ns, Cidr address) {
        IpvlanMode kind = IpvlanMode.parse(mode);
        lab.run("creating ipvlan " + name, parent.place(), "ip", "link", "add", name.value(), "link",
                parent.name().value(), "netns", ns.value(), "type", "ipvlan", "mode", kind.word());
        LinkRef child = new LinkRef(name, Place.of(ns));
        topology.hasAddress(child, address);
        topology.setUp(child);
    }

    @Then("{link} is an ipvlan on {link} in {word} mode")
    public void isIpvlanOn(LinkRef child, LinkRef parent, String mode) {
        IpvlanMode kind = IpvlanMode.parse(mode);
        Link lower = lab.kernel(parent.place()).existingLink(parent.name());
        Facts.expect(child + " is an ipvlan in " + kind.word() + " mode whose lower device has ifindex "
                        + lower.ifindex() + " (" + parent + ")", lab.kernel(child.place()).link(child.name()),
                l -> l.filter(c -> "ipvlan".equals(c.kind())
                        && kind.word().equals(c.linkinfo().data().path("mode").asText())
                        && LowerDevice.isBelow(lower, c)).isPresent(),
                l -> l.map(c -> c.ifname() + ": kind " + c.kind() + ", mode " + c.linkinfo().data().path("mode")
                        .asText("?") + ", lower device " + LowerDevice.of(c)).orElse(child + " does not exist"));
    }
}
