package netspec.kernel;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.VxlanOptions;
import netspec.lab.Assets;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.FdbEntry;
import netspec.linux.Link;
import netspec.shell.CommandResult;

/**
 * VXLAN tunnel endpoints: made with iproute2, or asked of the kernel directly over netlink; what the kernel made
 * of their settings, and which remote endpoint they learned each station behind.
 *
 * <pre>{@code
 * vxlans.create(vx0InNode1, VxlanOptions.parse("VNI 42, remote 10.0.0.2 and device eth0"));
 * vxlans.expectVni(vx0InNode1, 42);                                  // ip -j -d link show vx0: vxlan id 42
 * vxlans.expectLearnedBehind(vx0InNode1, eth0InNs2, IpAddress.parse("10.0.0.2"));   // bridge fdb show dev vx0
 * }</pre>
 */
public final class Vxlans {

    /** The all-zero MAC: the fdb entry a VXLAN sends frames for unknown destinations to. */
    private static final String ANY_MAC = "00:00:00:00:00:00";
    private static final int IANA_PORT = 4789;

    private final Lab lab;
    private final Links links;
    private String newlinkHelper;

    public Vxlans(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    /** Creates the device and brings it up; the step fails if the kernel refuses. */
    public void create(LinkRef link, VxlanOptions options) {
        options.requireValidVni();
        lab.run("creating vxlan " + link, link.place(), options.ipLinkAdd(link.name()).toArray(String[]::new));
        links.setUp(link);
    }

    /** Tries to create the device; whether and why it was refused is the evidence. */
    public CommandResult attemptCreate(LinkRef link, VxlanOptions options) {
        return lab.attempt(link.place(), options.ipLinkAdd(link.name()).toArray(String[]::new));
    }

    /**
     * Sends the kernel the request iproute2 would send (to the IANA port), without iproute2's own range check on
     * the VNI, so that what is refused is refused by the kernel. Needs perl on the target.
     */
    public CommandResult requestOverNetlink(LinkRef link, long vni) {
        if (vni < 0 || vni > 0xffffffffL) {
            throw new InvalidStepArgument("VNI", Long.toString(vni), "netlink carries it in 32 bits: 0 to 4294967295");
        }
        if (newlinkHelper == null) {
            // a file rather than perl -e, so that the command judged reads as one line in the report
            newlinkHelper = Assets.install(lab, "vxlan-newlink.pl");
        }
        return lab.attempt(link.place(), "perl", newlinkHelper, link.name().value(), Long.toString(vni),
                Integer.toString(IANA_PORT));
    }

    /** Head-end replication: frames for MACs the VXLAN has not learned go to this remote endpoint too. */
    public void floodTo(LinkRef link, IpAddress remote) {
        lab.run("flooding " + link + " to " + remote, link.place(), "bridge", "fdb", "append", ANY_MAC,
                "dev", link.name().value(), "dst", remote.value());
    }

    public void expectVni(LinkRef link, long vni) {
        expectVxlan(link, "is a vxlan with VNI " + vni, data -> data.path("id").asLong(-1) == vni);
    }

    public void expectDestinationPort(LinkRef link, int port) {
        expectVxlan(link, "sends to UDP destination port " + port, data -> data.path("port").asInt(-1) == port);
    }

    public void expectLearnedBehind(LinkRef vxlan, LinkRef station, IpAddress remote) {
        String expected = vxlan + " has learned the MAC address of " + station + " behind " + remote;
        String mac = links.existingMac(expected, station);
        Facts.expect(expected + " (" + mac + ")", fdbOfExisting(expected, vxlan),
                entries -> entries.stream().anyMatch(e -> e.isDynamic() && mac.equalsIgnoreCase(e.mac())
                        && remote.value().equals(e.dst())),
                Vxlans::describe);
    }

    /** Read from a vxlan and of a station that both exist: a table never read has learned nothing either. */
    public void expectNotLearned(LinkRef vxlan, LinkRef station) {
        String expected = vxlan + " has not learned the MAC address of " + station;
        String mac = links.existingMac(expected, station);
        Facts.expect(expected + " (" + mac + ")", fdbOfExisting(expected, vxlan),
                entries -> entries.stream().noneMatch(e -> e.isDynamic() && mac.equalsIgnoreCase(e.mac())),
                Vxlans::describe);
    }

    private Reading<List<FdbEntry>> fdbOfExisting(String expected, LinkRef vxlan) {
        Links.existing(expected, vxlan, links.read(vxlan));
        return lab.kernel(vxlan.place()).fdbOf(vxlan.name());
    }

    private void expectVxlan(LinkRef link, String fact, Predicate<JsonNode> holds) {
        String expected = link + " " + fact;
        Reading<java.util.Optional<Link>> reading = links.read(link);
        Link device = Links.existing(expected, link, reading);
        JsonNode data = StackedDevices.settingsOf(device);
        Facts.expect(expected, reading, l -> "vxlan".equals(device.kind()) && holds.test(data),
                l -> device.ifname() + " is of kind '" + device.kind() + "' with " + data);
    }

    private static String describe(List<FdbEntry> entries) {
        return entries.isEmpty() ? "the fdb is empty" : entries.stream()
                .map(e -> e.mac() + " dst " + e.dst() + (e.state().isEmpty() ? "" : " " + e.state()) + " " + e.flags())
                .collect(Collectors.joining("; "));
    }
}
