package netspec.kernel;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.evidence.args.VlanId;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.BridgeVlan;
import netspec.linux.Link;

/**
 * A bridge that filters by VLAN: which VLANs each port belongs to, tagged or not, set with {@code bridge vlan} and
 * read back from the bridge's VLAN table. A port absent from the table (no filtering, no such port) leaves every
 * membership fact, positive or negative, with nothing to judge.
 *
 * <pre>{@code
 * bridges.createWithVlanFiltering(br0);
 * bridgeVlans.makeAccessPort(veth1, 10);   // bridge vlan add dev veth1 vid 10 pvid untagged; del vid 1
 * bridgeVlans.expectNoMember(veth1, 1);
 * }</pre>
 */
public final class BridgeVlans {

    private final Lab lab;
    private final Links links;

    public BridgeVlans(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    /**
     * An access port: what arrives untagged belongs to the VLAN (its PVID), what leaves it loses the tag, and it
     * leaves VLAN 1, which every new port is an untagged member of.
     */
    public void makeAccessPort(LinkRef port, int id) {
        VlanId vlan = new VlanId(id);
        lab.run("putting " + port + " into VLAN " + vlan, port.place(), "bridge", "vlan", "add", "dev",
                port.name().value(), "vid", vlan.toString(), "pvid", "untagged");
        if (vlan.value() != 1) {
            lab.run("taking " + port + " out of VLAN 1", port.place(), "bridge", "vlan", "del", "dev",
                    port.name().value(), "vid", "1");
        }
    }

    /** A trunk: frames of the VLAN leave the port with their tag, and tagged ones are taken in. */
    public void addTagged(LinkRef port, int id) {
        VlanId vlan = new VlanId(id);
        lab.run("adding VLAN " + vlan + " to " + port + ", tagged", port.place(), "bridge", "vlan", "add", "dev",
                port.name().value(), "vid", vlan.toString());
    }

    public void expectFiltering(LinkRef bridge, boolean filtering) {
        int wanted = filtering ? 1 : 0;
        String expected = bridge + " has vlan_filtering " + wanted;
        Reading<Optional<Link>> reading = links.read(bridge);
        Link device = Links.existing(expected, bridge, reading);
        Facts.expect(expected, reading, l -> "bridge".equals(device.kind())
                        && device.linkinfo().data().path("vlan_filtering").asInt(-1) == wanted,
                l -> device.ifname() + ": kind " + device.kind() + ", vlan_filtering "
                        + device.linkinfo().data().path("vlan_filtering").asText("not shown"));
    }

    public void expectUntaggedPvid(LinkRef port, int vid) {
        expectUntaggedPvid(table(port), port.name().value(), new VlanId(vid).value());
    }

    public void expectTaggedMember(LinkRef port, int vid) {
        expectTaggedMember(table(port), port.name().value(), new VlanId(vid).value());
    }

    public void expectNoMember(LinkRef port, int vid) {
        expectNoMember(table(port), port.name().value(), new VlanId(vid).value());
    }

    private Reading<List<BridgeVlan>> table(LinkRef port) {
        return lab.kernel(port.place()).bridgeVlans();
    }

    // judged on a reading of the whole table, so a failure shows every membership

    static void expectUntaggedPvid(Reading<List<BridgeVlan>> table, String port, int vid) {
        expectMembership(table, port, "is an untagged member of VLAN " + vid + " and has it as PVID",
                mine -> mine.stream().anyMatch(v -> v.vid() == vid && v.pvid() && v.untagged()));
    }

    static void expectTaggedMember(Reading<List<BridgeVlan>> table, String port, int vid) {
        expectMembership(table, port, "is a tagged member of VLAN " + vid,
                mine -> mine.stream().anyMatch(v -> v.vid() == vid && v.isTagged()));
    }

    /** The control: the port is in the table with some VLAN, so the table covers it and the absence is real. */
    static void expectNoMember(Reading<List<BridgeVlan>> table, String port, int vid) {
        expectMembership(table, port, "is no member of VLAN " + vid,
                mine -> mine.stream().noneMatch(v -> v.vid() == vid));
    }

    private static void expectMembership(Reading<List<BridgeVlan>> table, String port, String fact,
                                         Predicate<List<BridgeVlan>> holds) {
        String expected = port + " " + fact;
        Facts.expectAbsent(expected, table,
                new Facts.Control<>(port + " is in the bridges' VLAN table", all -> !of(port, all).isEmpty(),
                        all -> port + " has no VLAN at all (the table lists " + all.stream().map(BridgeVlan::port)
                                .distinct().collect(Collectors.joining(", ")) + ")"),
                all -> holds.test(of(port, all)),
                all -> of(port, all).stream().map(BridgeVlan::toString).collect(Collectors.joining(", ")));
    }

    private static List<BridgeVlan> of(String port, List<BridgeVlan> all) {
        return all.stream().filter(v -> v.port().equals(port)).toList();
    }
}
