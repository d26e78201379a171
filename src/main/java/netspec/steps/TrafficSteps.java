package netspec.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.Place;
import netspec.evidence.args.IpAddress;
import netspec.kernel.Pings;

/** Traffic between the places of a scenario, and what came back. */
public class TrafficSteps {

    private final Pings pings;

    public TrafficSteps(Pings pings) {
        this.pings = pings;
    }

    @When("{place} pings {ip}")
    public void pings(Place from, IpAddress to) {
        pings.ping(from, to, 3);
    }

    @When("{place} pings {ip} {int} times")
    public void pingsTimes(Place from, IpAddress to, int count) {
        pings.ping(from, to, count);
    }

    @Then("the ping gets replies")
    public void theReplyComes() {
        pings.expectReplies();
    }

    @Then("the ping gets no reply")
    public void noReplyComes() {
        pings.expectNoReply();
    }
}
