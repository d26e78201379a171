package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import netspec.kernel.Links;
import netspec.lab.LinkRef;

/** The MTU of a link: set by hand, or chosen by the kernel, and read back. */
public class MtuSteps {

    private final Links links;

    public MtuSteps(Links links) {
        this.links = links;
    }

    /** The kernel may refuse an MTU out of the device's range: "Then the kernel refuses it with ..." judges it. */
    @Given("the MTU of {link} is set to {int}")
    public void setTo(LinkRef link, int mtu) {
        links.setMtu(link, mtu);
    }

    @Then("the MTU of {link} is {int}")
    public void mtuIs(LinkRef link, int mtu) {
        links.expectMtu(link, mtu);
    }
}
