package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.kernel.FrameCounters;
import netspec.lab.LinkRef;

/** Where frames went, told by a device's packet counters before and after the traffic of a step. */
public class FrameCountSteps {

    private final FrameCounters counters;

    public FrameCountSteps(FrameCounters counters) {
        this.counters = counters;
    }

    @Given("the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups")
    public void keepQuiet() {
        counters.keepQuiet();
    }

    @When("the frames {link} sends and receives are counted from now on")
    public void startCounting(LinkRef link) {
        counters.startCounting(link);
    }

    @Then("{link} has transmitted no frame since counting began")
    public void transmittedNothing(LinkRef link) {
        counters.expectTransmittedNone(link);
    }

    @Then("{link} has received no frame since counting began")
    public void receivedNothing(LinkRef link) {
        counters.expectReceivedNone(link);
    }

    @Then("{link} has transmitted at least {int} frames since counting began")
    public void transmittedAtLeast(LinkRef link, int count) {
        counters.expectTransmittedAtLeast(link, count);
    }

    @Then("{link} has received at least {int} frames since counting began")
    public void receivedAtLeast(LinkRef link, int count) {
        counters.expectReceivedAtLeast(link, count);
    }
}
