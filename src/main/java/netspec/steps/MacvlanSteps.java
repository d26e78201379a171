package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.MacvlanMode;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.Addresses;
import netspec.kernel.Links;
import netspec.kernel.Macvlans;
import netspec.lab.LinkRef;

/** macvlan devices: MAC addresses of their own on top of one parent, and the mode that says who talks to whom. */
public class MacvlanSteps {

    private final Macvlans macvlans;
    private final Links links;
    private final Outcomes outcomes;
    private final Addresses addresses;

    public MacvlanSteps(Macvlans macvlans, Links links, Outcomes outcomes, Addresses addresses) {
        this.macvlans = macvlans;
        this.links = links;
        this.outcomes = outcomes;
        this.addresses = addresses;
    }

    @Given("a macvlan {iface} on {link} in {word} mode, in {netns} with address {cidr}")
    public void aMacvlanInNamespace(InterfaceName name, LinkRef parent, String mode, NamespaceName ns, Cidr address) {
        macvlans.createIn(name, parent, MacvlanMode.parse(mode), ns, address);
    }

    @Given("a macvlan {iface} on {link} in {word} mode")
    public void aMacvlan(InterfaceName name, LinkRef parent, String mode) {
        macvlans.create(name, parent, MacvlanMode.parse(mode));
    }

    @Given("the address {cidr} is moved from {link} to {link}")
    public void moveAddress(Cidr address, LinkRef from, LinkRef to) {
        addresses.move(address, from, to);
    }

    /** For the kernel's refusals: the outcome is judged by a Then-step. */
    @When("another macvlan {iface} is added on {link} in {word} mode")
    public void anotherMacvlan(InterfaceName name, LinkRef parent, String mode) {
        outcomes.attempt(parent.place(), macvlans.attemptCreate(name, parent, MacvlanMode.parse(mode)));
    }

    @Then("{link} is a macvlan on {link} in {word} mode")
    public void isMacvlanOn(LinkRef child, LinkRef parent, String mode) {
        macvlans.expectMacvlan(child, parent, MacvlanMode.parse(mode));
    }

    @Then("{link} and {link} have different MAC addresses")
    public void differentMacs(LinkRef one, LinkRef other) {
        links.expectDifferentMacs(one, other);
    }

    @Then("{link} has the same MAC address as {link}")
    public void sameMac(LinkRef one, LinkRef other) {
        links.expectSameMac(one, other);
    }
}
