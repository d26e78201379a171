package netspec.kernel;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.evidence.args.InterfaceName;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.FdbEntry;

/**
 * A bridge's forwarding database: which MAC address it learned on which port. A station's address is read from
 * the station itself (it must exist); a negative fact holds only over a table that has the bridge's own entries
 * for its ports, the proof that it is a bridge's table and was read.
 *
 * <pre>{@code
 * fdb.expectLearned(br0, eth0InNs1, veth1);   // bridge -j fdb show br br0: eth0's MAC, learned, on veth1
 * fdb.expectNotLearned(br0, eth0InNs1);
 * }</pre>
 */
public final class Fdb {

    private final Lab lab;
    private final Links links;

    public Fdb(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    /** The port is a port of the bridge, in its namespace. */
    public void expectLearned(LinkRef bridge, LinkRef station, InterfaceName port) {
        // the table first: with a short ageing time the entry may expire while the station's MAC is read
        Reading<List<FdbEntry>> table = read(bridge);
        String mac = links.macOf(bridge + " has learned the MAC address of " + station, station);
        expectLearned(table, bridge.name().value(), mac + " (" + station + ")", mac, port.value());
    }

    public void expectNotLearned(LinkRef bridge, LinkRef station) {
        // the table first, as for "has learned": read at the same moment, the two claims contradict each other
        Reading<List<FdbEntry>> table = read(bridge);
        String mac = links.macOf(bridge + " has not learned the MAC address of " + station, station);
        expectNotLearned(table, bridge.name().value(), mac + " (" + station + ")", mac);
    }

    /** Polled: the entry ages out on the bridge's own timer, checked by its garbage collector. */
    public void expectForgotten(LinkRef bridge, LinkRef station, int withinSeconds) {
        String expected = bridge + " has no learned entry for the MAC address of " + station;
        String mac = links.macOf(expected, station);
        Facts.eventually(expected + " (" + mac + ")", () -> read(bridge),
                entries -> hasPortEntries(bridge.name().value(), entries) && entries.stream()
                        .noneMatch(e -> e.isLearned() && mac.equalsIgnoreCase(e.mac())),
                entries -> describeEntriesFor(mac, entries), Duration.ofSeconds(withinSeconds));
    }

    private Reading<List<FdbEntry>> read(LinkRef bridge) {
        return lab.kernel(bridge.place()).fdb(bridge.name());
    }

    static void expectLearned(Reading<List<FdbEntry>> table, String bridge, String station, String mac, String port) {
        Facts.expect(bridge + " has learned " + station + " on port " + port, table,
                entries -> entries.stream().anyMatch(e -> e.isLearned() && mac.equalsIgnoreCase(e.mac())
                        && port.equals(e.ifname())),
                entries -> describeEntriesFor(mac, entries));
    }

    static void expectNotLearned(Reading<List<FdbEntry>> table, String bridge, String station, String mac) {
        Facts.expectAbsent(bridge + " has not learned " + station, table,
                new Facts.Control<>("the table lists " + bridge + "'s own entries for its ports",
                        entries -> hasPortEntries(bridge, entries),
                        entries -> entries.size() + " entries, none of a port of " + bridge),
                entries -> entries.stream().noneMatch(e -> e.isLearned() && mac.equalsIgnoreCase(e.mac())),
                entries -> describeEntriesFor(mac, entries));
    }

    /** A bridge keeps a permanent entry for the MAC of each of its ports. */
    private static boolean hasPortEntries(String bridge, List<FdbEntry> entries) {
        return entries.stream().anyMatch(e -> bridge.equals(e.master()) && e.isPermanent());
    }

    /** The entries for one MAC, in words: what a failed fdb fact shows. */
    public static String describeEntriesFor(String mac, List<FdbEntry> entries) {
        String found = entries.stream().filter(e -> mac.equalsIgnoreCase(e.mac()))
                .map(e -> e.mac() + " on " + e.ifname() + (e.isLearned() ? " (learned)" : " (" + e.state() + " "
                        + e.flags() + ")"))
                .collect(Collectors.joining("; "));
        return found.isEmpty() ? "no fdb entry for " + mac + " among " + entries.size() + " entries" : found;
    }
}
