package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.VlanId;
import netspec.kernel.Vlans;
import netspec.lab.LinkRef;

/** 802.1Q VLAN devices: a tag with the VLAN ID on everything they send through their parent. */
public class VlanSteps {

    private final Vlans vlans;
    private final Outcomes outcomes;

    public VlanSteps(Vlans vlans, Outcomes outcomes) {
        this.vlans = vlans;
        this.outcomes = outcomes;
    }

    @Given("a VLAN {iface} with ID {int} on {link}")
    public void aVlan(InterfaceName name, int id, LinkRef parent) {
        vlans.create(name, new VlanId(id), parent);
    }

    /** Any ID at all: what the kernel (or iproute2, before it) makes of it is for the Then-steps to judge. */
    @When("a VLAN {iface} with ID {int} is created on {link}")
    public void createVlan(InterfaceName name, int id, LinkRef parent) {
        outcomes.attempt(parent.place(), vlans.attemptCreate(name, id, parent));
    }

    @Then("{link} is a VLAN with ID {int} on {link}")
    public void isVlan(LinkRef vlan, int id, LinkRef parent) {
        vlans.expectVlan(vlan, id, parent);
    }
}
