package netspec.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.Place;
import netspec.evidence.args.IpAddress;
import netspec.kernel.PathMtus;
import netspec.kernel.Pings;

/** Full-size packets that must not be fragmented, and the path MTU a kernel learns when they do not fit. */
public class PathMtuSteps {

    private final Pings pings;
    private final PathMtus pathMtus;

    public PathMtuSteps(Pings pings, PathMtus pathMtus) {
        this.pings = pings;
        this.pathMtus = pathMtus;
    }

    @When("{place} pings {ip} with {int} bytes of payload, not fragmenting")
    public void pingsWithoutFragmenting(Place from, IpAddress to, int payload) {
        pings.pingWithoutFragmenting(from, to, payload);
    }

    @Then("{place} has learned a path MTU of {int} towards {ip}")
    public void learnedPathMtu(Place place, int mtu, IpAddress destination) {
        pathMtus.expectLearned(place, mtu, destination);
    }

    @Then("{place} has learned no path MTU towards {ip}")
    public void learnedNoPathMtu(Place place, IpAddress destination) {
        pathMtus.expectNoneLearned(place, destination);
    }
}
