package netspec.steps;

import io.cucumber.java.en.Then;
import netspec.evidence.Place;
import netspec.evidence.args.InterfaceName;
import netspec.kernel.Links;
import netspec.lab.LinkRef;

/** Facts about single links, read back with {@code ip -j -d -s link show}. */
public class LinkFactSteps {

    private final Links links;

    public LinkFactSteps(Links links) {
        this.links = links;
    }

    @Then("{link} is in promiscuous mode")
    public void promiscuous(LinkRef link) {
        links.expectPromiscuous(link, true);
    }

    @Then("{link} is not in promiscuous mode")
    public void notPromiscuous(LinkRef link) {
        links.expectPromiscuous(link, false);
    }

    /** NOARP, for one: the device resolves no neighbour, it sends to every address as if it were on its link. */
    @Then("{link} has the flag {word}")
    public void hasFlag(LinkRef link, String flag) {
        links.expectFlag(link, flag, true);
    }

    @Then("{link} does not have the flag {word}")
    public void lacksFlag(LinkRef link, String flag) {
        links.expectFlag(link, flag, false);
    }

    @Then("{link} has no master")
    public void noMaster(LinkRef link) {
        links.expectNoMaster(link);
    }

    @Then("{link} is a port of {iface}")
    public void portOf(LinkRef link, InterfaceName bridge) {
        links.expectMaster(link, bridge);
    }

    @Then("{link} has carrier")
    public void hasCarrier(LinkRef link) {
        links.expectCarrier(link, true);
    }

    @Then("{link} has no carrier")
    public void hasNoCarrier(LinkRef link) {
        links.expectCarrier(link, false);
    }

    @Then("{link} is still administratively up")
    public void adminUp(LinkRef link) {
        links.expectAdministrativelyUp(link);
    }

    @Then("the operational state of {link} is {word}")
    public void operstate(LinkRef link, String state) {
        links.expectOperationalState(link, state);
    }

    @Then("{place} has no interface {iface}")
    public void noInterface(Place place, InterfaceName name) {
        links.expectAbsent(place, name);
    }

    /** Gone: it existed before the last deletion or move of the scenario. */
    @Then("{link} is gone")
    public void gone(LinkRef link) {
        links.expectGone(link);
    }

    @Then("{link} has received every frame {link} sent, at least {int}")
    public void receivedEverything(LinkRef receiver, LinkRef sender, int atLeast) {
        links.expectReceivedEverySent(receiver, sender, atLeast);
    }
}
