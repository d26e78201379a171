package netspec.steps;

import java.time.Duration;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.args.BondMode;
import netspec.evidence.args.InterfaceName;
import netspec.kernel.Bonds;
import netspec.lab.LinkRef;

/** Bonds: ports aggregated into one device, which of them carries the traffic, and what the bond saw of their links. */
public class BondSteps {

    private final Bonds bonds;
    private final Outcomes outcomes;

    public BondSteps(Bonds bonds, Outcomes outcomes) {
        this.bonds = bonds;
        this.outcomes = outcomes;
    }

    @Given("a bond {link} in {word} mode, checking the link of its ports every {int} ms")
    public void aMonitoringBond(LinkRef bond, String mode, int miimon) {
        bonds.create(bond, BondMode.parse(mode), miimon);
    }

    @Given("a bond {link} in {word} mode")
    public void aBond(LinkRef bond, String mode) {
        bonds.create(bond, BondMode.parse(mode));
    }

    @Given("{link} joins the bond {iface}")
    public void join(LinkRef port, InterfaceName bond) {
        bonds.join(port, bond);
    }

    @When("{link} is added to the bond {iface} while it is up")
    public void addWhileUp(LinkRef port, InterfaceName bond) {
        outcomes.attempt(port.place(), bonds.attemptJoinWhileUp(port, bond));
    }

    @Then("{link} checks the link of its ports every {int} ms")
    public void checksEvery(LinkRef bond, int miimon) {
        bonds.expectChecksEvery(bond, miimon);
    }

    @Then("{link} does not check the link of its ports")
    public void checksNever(LinkRef bond) {
        bonds.expectChecksNever(bond);
    }

    @Then("within {seconds} second(s) the active port of {link} is {iface}")
    public void activePortWithin(int seconds, LinkRef bond, InterfaceName port) {
        bonds.expectActivePortWithin(bond, port, Duration.ofSeconds(seconds));
    }

    @Then("the active port of {link} stays {iface}")
    public void activePortStays(LinkRef bond, InterfaceName port) {
        bonds.expectActivePortStays(bond, port);
    }

    @Then("{link} has no active port")
    public void noActivePort(LinkRef bond) {
        bonds.expectNoActivePort(bond);
    }

    @Then("the bond port {link} is {word}")
    public void portState(LinkRef port, String state) {
        bonds.expectPortState(port, state);
    }

    @Then("the bond saw the link of {link} fail")
    public void sawFailure(LinkRef port) {
        bonds.expectSawFailure(port);
    }

    @Then("the bond did not see the link of {link} fail")
    public void sawNoFailure(LinkRef port) {
        bonds.expectSawNoFailure(port);
    }
}
