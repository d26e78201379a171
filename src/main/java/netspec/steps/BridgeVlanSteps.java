package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import netspec.kernel.BridgeVlans;
import netspec.kernel.Bridges;
import netspec.lab.LinkRef;

/** A bridge that filters by VLAN: which VLANs each port belongs to, tagged or not, read back from its VLAN table. */
public class BridgeVlanSteps {

    private final Bridges bridges;
    private final BridgeVlans vlans;

    public BridgeVlanSteps(Bridges bridges, BridgeVlans vlans) {
        this.bridges = bridges;
        this.vlans = vlans;
    }

    @Given("a bridge {link} with VLAN filtering")
    public void aFilteringBridge(LinkRef bridge) {
        bridges.createWithVlanFiltering(bridge);
    }

    /** An access port: untagged in, untagged out, in this VLAN only (it leaves VLAN 1). */
    @Given("{link} is an access port of VLAN {int}")
    public void accessPort(LinkRef port, int vlan) {
        vlans.makeAccessPort(port, vlan);
    }

    /** A trunk: frames of the VLAN leave the port with their tag, and tagged ones are taken in. */
    @Given("{link} also carries VLAN {int} tagged")
    public void tagged(LinkRef port, int vlan) {
        vlans.addTagged(port, vlan);
    }

    @Then("{link} filters by VLAN")
    public void filters(LinkRef bridge) {
        vlans.expectFiltering(bridge, true);
    }

    @Then("{link} does not filter by VLAN")
    public void doesNotFilter(LinkRef bridge) {
        vlans.expectFiltering(bridge, false);
    }

    @Then("{link} is an untagged member of VLAN {int}, its PVID")
    public void untaggedPvid(LinkRef port, int vlan) {
        vlans.expectUntaggedPvid(port, vlan);
    }

    @Then("{link} is a tagged member of VLAN {int}")
    public void taggedMember(LinkRef port, int vlan) {
        vlans.expectTaggedMember(port, vlan);
    }

    @Then("{link} is no member of VLAN {int}")
    public void noMember(LinkRef port, int vlan) {
        vlans.expectNoMember(port, vlan);
    }
}
