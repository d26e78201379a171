package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.VlanId;
import netspec.linux.Link;
import netspec.linux.LowerDevice;
import netspec.evidence.Facts;

/** 802.1Q VLAN devices: a tag with the VLAN ID on everything they send through their parent. */
public class VlanSteps {

    private final Lab lab;
    private final Outcomes outcomes;

    public VlanSteps(Lab lab, Outcomes outcomes) {
        this.lab = lab;
        this.outcomes = outcomes;
    }

    /** Made next to its parent, which it must share a namespace with, and brought up. */
    @Given("a VLAN {iface} with ID {int} on {link}")
    public void aVlan(InterfaceName name, int id, LinkRef parent) {
        VlanId vlan = new VlanId(id);
        lab.run("creating VLAN " + name, parent.place(), create(name, vlan.value(), parent));
        lab.run("bringing up " + name, parent.place(), "ip", "link", "set", name.value(), "up");
    }

    /** Any ID at all: what the kernel (or iproute2, before it) makes of it is for the Then-steps to judge. */
    @When("a VLAN {iface} with ID {int} is created on {link}")
    public void createVlan(InterfaceName name, int id, LinkRef parent) {
        outcomes.attempt(parent.place(), lab.attempt(parent.place(), create(name, id, parent)));
    }

    @Then("{link} is a VLAN with ID {int} on {link}")
    public void isVlan(LinkRef vlan, int id, LinkRef parent) {
        Link lower = lab.kernel(parent.place()).existingLink(parent.name());
        Facts.expect(vlan + " is an 802.1Q VLAN with ID " + id + " on ifindex " + lower.ifindex() + " (" + parent + ")",
                lab.kernel(vlan.place()).link(vlan.name()),
                l -> l.filter(v -> "vlan".equals(v.kind()) && v.linkinfo().data().path("id").asInt(-1) == id
                        && "802.1Q".equals(v.linkinfo().data().path("protocol").asText())
                        && LowerDevice.isBelow(lower, v)).isPresent(),
                l -> l.map(v -> v.ifname() + ": kind " + v.kind() + ", " + v.linkinfo().data() + ", lower device "
                        + LowerDevice.of(v)).orElse(vlan + " does not exist"));
    }

    private static String[] create(InterfaceName name, int id, LinkRef parent) {
        return new String[] {"ip", "link", "add", "link", parent.name().value(), "name", name.value(), "type", "vlan",
                "id", Integer.toString(id)};
    }
}
