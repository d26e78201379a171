package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpvlanMode;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.Ipvlans;
import netspec.lab.LinkRef;

/** ipvlan devices: addresses of their own on top of one parent, all behind the parent's MAC address. */
public class IpvlanSteps {

    private final Ipvlans ipvlans;

    public IpvlanSteps(Ipvlans ipvlans) {
        this.ipvlans = ipvlans;
    }

    @Given("an ipvlan {iface} on {link} in {word} mode, in {netns} with address {cidr}")
    public void anIpvlan(InterfaceName name, LinkRef parent, String mode, NamespaceName ns, Cidr address) {
        ipvlans.createIn(name, parent, IpvlanMode.parse(mode), ns, address);
    }

    @Then("{link} is an ipvlan on {link} in {word} mode")
    public void isIpvlanOn(LinkRef child, LinkRef parent, String mode) {
        ipvlans.expectIpvlan(child, parent, IpvlanMode.parse(mode));
    }
}
