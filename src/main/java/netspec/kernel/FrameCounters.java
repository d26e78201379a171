package netspec.kernel;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import netspec.evidence.Evidence;
import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.Link;

/**
 * Where frames went, told by a device's packet counters before and after the traffic of a step. Counters count
 * everything, so a scenario first silences what the kernel sends on its own. A counter fact is about a device:
 * a device that is gone has counted nothing, and fails the fact as "nothing to judge".
 *
 * <pre>{@code
 * counters.keepQuiet();                  // sysctl: no IPv6, no IGMP reports for link-local groups, everywhere
 * counters.startCounting(up0);           // tx_packets and rx_packets of up0, as ip -s link shows them now
 * pings.ping(ns1, IpAddress.parse("10.0.0.2"), 20);
 * counters.expectTransmittedNone(up0);
 * }</pre>
 */
public final class FrameCounters {

    private static final Duration IN_FLIGHT = Duration.ofSeconds(2);

    private final Lab lab;
    private final Links links;
    private final Map<LinkRef, Link.Stats64> before = new HashMap<>();

    public FrameCounters(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    /**
     * A namespace whose interface comes up sends IPv6 router solicitations, MLD reports and DAD probes for
     * seconds, and a snooping bridge reports its all-snoopers group (224.0.0.106) by IGMP; all of them are
     * flooded. Off with both, the only frames left are those the steps cause.
     */
    public void keepQuiet() {
        for (Place place : lab.places()) {
            lab.run("silencing " + place, place, "sysctl", "-q", "-w", "net.ipv6.conf.all.disable_ipv6=1",
                    "net.ipv6.conf.default.disable_ipv6=1", "net.ipv4.igmp_link_local_mcast_reports=0");
        }
    }

    public void startCounting(LinkRef link) {
        Reading<Optional<Link>> now = links.read(link);
        Link device = now.value().orElseThrow(() -> new IllegalStateException(link + " does not exist: nothing to count"));
        before.put(link, device.stats());
        Evidence.text("counting from " + link + " tx_packets=" + device.txPackets() + " rx_packets="
                + device.rxPackets(), "# in " + now.place() + "\n" + now.result().transcript());
    }

    public void expectTransmittedNone(LinkRef link) {
        long from = baseline(link).tx().packets();
        expectCounter(link + " has transmitted no frame since tx_packets was " + from, link,
                l -> l.txPackets() == from, l -> "tx_packets " + from + " -> " + l.txPackets() + ": "
                        + (l.txPackets() - from) + " frames");
    }

    public void expectReceivedNone(LinkRef link) {
        long from = baseline(link).rx().packets();
        expectCounter(link + " has received no frame since rx_packets was " + from, link,
                l -> l.rxPackets() == from, l -> "rx_packets " + from + " -> " + l.rxPackets() + ": "
                        + (l.rxPackets() - from) + " frames");
    }

    public void expectTransmittedAtLeast(LinkRef link, int count) {
        long from = baseline(link).tx().packets();
        String expected = link + " has transmitted at least " + count + " frames since tx_packets was " + from;
        Facts.eventually(expected, () -> links.read(link),
                l -> l.isPresent() && l.get().txPackets() - from >= count,
                l -> l.map(found -> "tx_packets " + from + " -> " + found.txPackets() + ": "
                        + (found.txPackets() - from) + " frames").orElse(link + " does not exist"), IN_FLIGHT);
    }

    public void expectReceivedAtLeast(LinkRef link, int count) {
        long from = baseline(link).rx().packets();
        String expected = link + " has received at least " + count + " frames since rx_packets was " + from;
        Facts.eventually(expected, () -> links.read(link),
                l -> l.isPresent() && l.get().rxPackets() - from >= count,
                l -> l.map(found -> "rx_packets " + from + " -> " + found.rxPackets() + ": "
                        + (found.rxPackets() - from) + " frames").orElse(link + " does not exist"), IN_FLIGHT);
    }

    private void expectCounter(String expected, LinkRef link, java.util.function.Predicate<Link> holds,
                               java.util.function.Function<Link, String> describe) {
        Reading<Optional<Link>> reading = links.read(link);
        Link device = Links.existing(expected, link, reading);
        Facts.expect(expected, reading, l -> holds.test(device), l -> describe.apply(device));
    }

    private Link.Stats64 baseline(LinkRef link) {
        Link.Stats64 counted = before.get(link);
        if (counted == null) {
            throw new IllegalStateException("the frames of " + link + " are not being counted; add a step like"
                    + " 'When the frames " + link + " sends and receives are counted from now on'");
        }
        return counted;
    }
}
