package netspec.steps;

import java.time.Duration;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.IpAddress;
import netspec.linux.PingStatistics;
import netspec.linux.RouteLookup;
import netspec.evidence.Facts;
import netspec.shell.CommandResult;

/** Full-size packets that must not be fragmented, and the path MTU a kernel learns when they do not fit. */
public class PathMtuSteps {

    private static final int PINGS = 3;

    private final Lab lab;
    private final Outcomes outcomes;

    public PathMtuSteps(Lab lab, Outcomes outcomes) {
        this.lab = lab;
        this.outcomes = outcomes;
    }

    /** The packet is the payload plus 8 bytes of ICMP and 20 of IPv4 header: 1422 bytes make 1450. */
    @When("{place} pings {ip} with {int} bytes of payload, not fragmenting")
    public void pingsWithoutFragmenting(Place from, IpAddress to, int payload) {
        if (payload < 0 || payload > 65507) {
            throw new IllegalArgumentException("payload " + payload + " is invalid: use 0 to 65507 bytes");
        }
        CommandResult result = lab.attempt(from, Duration.ofSeconds(10 + PINGS), "ping", "-n", "-c",
                Integer.toString(PINGS), "-i", "0.2", "-W", "1", "-M", "do", "-s", Integer.toString(payload),
                to.value());
        outcomes.ping(new Reading<>(from, result, PingStatistics.parse(result.stdout())));
    }

    @Then("{place} has learned a path MTU of {int} towards {ip}")
    public void learnedPathMtu(Place place, int mtu, IpAddress destination) {
        Facts.expect(place + " has cached a path MTU of " + mtu + " for " + destination,
                lab.kernel(place).routeTo(destination), r -> r.pathMtu().filter(m -> m == mtu).isPresent(),
                RouteLookup::toString);
    }

    @Then("{place} has learned no path MTU towards {ip}")
    public void learnedNoPathMtu(Place place, IpAddress destination) {
        Facts.expect(place + " has no path MTU cached for " + destination, lab.kernel(place).routeTo(destination),
                r -> r.pathMtu().isEmpty(), RouteLookup::toString);
    }
}
