package netspec.steps;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.linux.Link;
import netspec.evidence.Evidence;
import netspec.evidence.Facts;

/**
 * Where frames went, told by a device's transmit counter before and after the traffic of a step. Counters
 * count everything, so the scenario first silences what the kernel sends on its own.
 */
public class FrameCountSteps {

    private static final Duration IN_FLIGHT = Duration.ofSeconds(2);

    private final Lab lab;
    private final Map<LinkRef, Long> transmittedBefore = new HashMap<>();
    private final Map<LinkRef, Long> receivedBefore = new HashMap<>();

    public FrameCountSteps(Lab lab) {
        this.lab = lab;
    }

    /**
     * A namespace whose interface comes up sends IPv6 router solicitations, MLD reports and DAD probes for
     * seconds, and a snooping bridge reports its all-snoopers group (224.0.0.106) by IGMP; all of them are
     * flooded. Off with both, the only frames left are those the steps cause.
     */
    @Given("the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups")
    public void keepQuiet() {
        for (Place place : lab.places()) {
            lab.run("silencing " + place, place, "sysctl", "-q", "-w", "net.ipv6.conf.all.disable_ipv6=1",
                    "net.ipv6.conf.default.disable_ipv6=1", "net.ipv4.igmp_link_local_mcast_reports=0");
        }
    }

    @When("the frames {link} transmits are counted from now on")
    @When("the frames {link} sends and receives are counted from now on")
    public void startCounting(LinkRef link) {
        Reading<Optional<Link>> now = lab.kernel(link.place()).link(link.name());
        long transmitted = now.value().orElseThrow(() -> new IllegalStateException(link + " does not exist"))
                .txPackets();
        long received = now.value().get().rxPackets();
        transmittedBefore.put(link, transmitted);
        receivedBefore.put(link, received);
        Evidence.text("counting from " + link + " tx_packets=" + transmitted + " rx_packets=" + received, "# in "
                + now.place() + "\n" + now.result().transcript());
    }

    @Then("{link} has transmitted no frame since counting began")
    public void transmittedNothing(LinkRef link) {
        long before = baseline(transmittedBefore, link);
        Facts.expect(link + " has transmitted no frame since tx_packets was " + before, lab.kernel(link.place())
                .link(link.name()), l -> l.isPresent() && l.get().txPackets() == before, l -> describe(l, before));
    }

    @Then("{link} has received no frame since counting began")
    public void receivedNothing(LinkRef link) {
        long before = baseline(receivedBefore, link);
        Facts.expect(link + " has received no frame since rx_packets was " + before, lab.kernel(link.place())
                .link(link.name()), l -> l.isPresent() && l.get().rxPackets() == before, l -> l.map(found ->
                "rx_packets " + before + " -> " + found.rxPackets() + ": " + (found.rxPackets() - before) + " frames")
                .orElse("the device does not exist"));
    }

    @Then("{link} has transmitted at least {int} frames since counting began")
    public void transmittedAtLeast(LinkRef link, int count) {
        long before = baseline(transmittedBefore, link);
        Facts.eventually(link + " has transmitted at least " + count + " frames since tx_packets was " + before,
                () -> lab.kernel(link.place()).link(link.name()),
                l -> l.isPresent() && l.get().txPackets() - before >= count, l -> describe(l, before), IN_FLIGHT);
    }

    private static long baseline(Map<LinkRef, Long> counted, LinkRef link) {
        Long before = counted.get(link);
        if (before == null) {
            throw new IllegalStateException("the frames of " + link + " are not being counted; add a step like"
                    + " 'When the frames " + link + " transmits are counted from now on'");
        }
        return before;
    }

    private static String describe(Optional<Link> link, long before) {
        return link.map(l -> "tx_packets " + before + " -> " + l.txPackets() + ": " + (l.txPackets() - before)
                + " frames").orElse("the device does not exist");
    }
}
