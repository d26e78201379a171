package netspec.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.Links;
import netspec.kernel.Veths;
import netspec.lab.LinkRef;

/** A veth pair's two ends, wherever they live: which end is whose peer, and what moving an end does to it. */
public class VethSteps {

    private final Veths veths;
    private final Links links;

    public VethSteps(Veths veths, Links links) {
        this.veths = veths;
        this.links = links;
    }

    @When("{link} is moved into {netns}")
    public void moveInto(LinkRef end, NamespaceName namespace) {
        links.moveInto(end, namespace);
    }

    @Then("the peer of {link} is {link}")
    public void peerOf(LinkRef one, LinkRef other) {
        veths.expectPeers(one, other);
    }

    @Then("the peer of {link} is not {link}")
    public void notPeerOf(LinkRef one, LinkRef other) {
        veths.expectNotPeers(one, other);
    }

    @Then("{link} is administratively down")
    public void adminDown(LinkRef link) {
        links.expectAdministrativelyDown(link);
    }

    @Then("{link} has no IP address")
    public void noAddress(LinkRef link) {
        links.expectNoAddress(link);
    }
}
