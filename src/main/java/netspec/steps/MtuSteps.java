package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Facts;

/** The MTU of a link: set by hand, or chosen by the kernel, and read back. */
public class MtuSteps {

    private final Lab lab;
    private final Outcomes outcomes;

    public MtuSteps(Lab lab, Outcomes outcomes) {
        this.lab = lab;
        this.outcomes = outcomes;
    }

    @Given("{link} has an MTU of {int}")
    public void hasMtu(LinkRef link, int mtu) {
        lab.run("setting the MTU of " + link, link.place(), setMtu(link, mtu));
    }

    @When("the MTU of {link} is set to {int}")
    public void setTo(LinkRef link, int mtu) {
        outcomes.attempt(link.place(), lab.attempt(link.place(), setMtu(link, mtu)));
    }

    @Then("the MTU of {link} is {int}")
    public void mtuIs(LinkRef link, int mtu) {
        Facts.expect("the MTU of " + link + " is " + mtu, lab.kernel(link.place()).link(link.name()),
                l -> l.isPresent() && l.get().mtu() == mtu,
                l -> l.map(found -> "it is " + found.mtu()).orElse(link + " does not exist"));
    }

    private static String[] setMtu(LinkRef link, int mtu) {
        if (mtu < 1) {
            throw new IllegalArgumentException("MTU " + mtu + " is invalid: it must be a positive number of bytes");
        }
        return new String[] {"ip", "link", "set", "dev", link.name().value(), "mtu", Integer.toString(mtu)};
    }
}
