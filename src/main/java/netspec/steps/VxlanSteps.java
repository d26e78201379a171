package netspec.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.VxlanOptions;
import netspec.kernel.CommandAnswers;
import netspec.kernel.Vxlans;
import netspec.lab.LinkRef;

/** VXLAN endpoints, what the kernel made of their settings, and what they learned. */
public class VxlanSteps {

    private final Vxlans vxlans;
    private final Outcomes outcomes;

    public VxlanSteps(Vxlans vxlans, Outcomes outcomes) {
        this.vxlans = vxlans;
        this.outcomes = outcomes;
    }

    /** Loose enough that a bad value reaches {@link VxlanOptions#parse} and fails with the rule it broke. */
    @ParameterType(name = "vxlan",
            value = "VNI [^\\s,\"]+(?:(?:,| and) (?:remote|local|device|port|mtu|learning) [^\\s,\"]+)*")
    public VxlanOptions vxlan(String text) {
        return VxlanOptions.parse(text);
    }

    @Given("a vxlan {link} with {vxlan}")
    public void aVxlan(LinkRef link, VxlanOptions options) {
        vxlans.create(link, options);
    }

    @When("a vxlan {link} is created with {vxlan}")
    public void createVxlan(LinkRef link, VxlanOptions options) {
        outcomes.attempt(link.place(), vxlans.attemptCreate(link, options));
    }

    @When("the kernel is asked over netlink for a vxlan {link} with VNI {long}")
    public void askKernel(LinkRef link, long vni) {
        outcomes.attempt(link.place(), vxlans.requestOverNetlink(link, vni));
    }

    @Given("{link} floods unknown destinations to {ip}")
    public void floodsTo(LinkRef link, IpAddress remote) {
        vxlans.floodTo(link, remote);
    }

    @Then("{link} is a vxlan with VNI {long}")
    public void hasVni(LinkRef link, long vni) {
        vxlans.expectVni(link, vni);
    }

    @Then("{link} sends to UDP port {port}")
    public void sendsToPort(LinkRef link, int port) {
        vxlans.expectDestinationPort(link, port);
    }

    @Then("{link} has learned that {link} is behind {ip}")
    public void learnedBehind(LinkRef vxlan, LinkRef station, IpAddress remote) {
        vxlans.expectLearnedBehind(vxlan, station, remote);
    }

    @Then("{link} has not learned where {link} is")
    public void notLearned(LinkRef vxlan, LinkRef station) {
        vxlans.expectNotLearned(vxlan, station);
    }

    @Then("ip warns {string}")
    public void ipWarns(String warning) {
        CommandAnswers.expectWarning(outcomes.lastAttempt(), warning);
    }

    @Then("iproute2 refuses it itself, before asking the kernel, with {string}")
    public void iproute2Refuses(String message) {
        CommandAnswers.expectIproute2Refusal(outcomes.lastAttempt(), message);
    }
}
