package netspec.kernel;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.evidence.Steadily;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.Link;
import netspec.linux.MdbEntry;

/**
 * A bridge's multicast database: the groups its snooping saw members of, per port. Joining a group is an address
 * with autojoin on the member, which sends the IGMP or MLD report the bridge snoops.
 *
 * <pre>{@code
 * mdb.join(eth0InNs1, group);                       // ip address add 239.1.1.1/32 dev eth0 autojoin (in ns1)
 * mdb.expectEntry(br0, group, veth1);               // bridge -j mdb show dev br0, polled
 * }</pre>
 */
public final class Mdb {

    /** IGMP and MLD reports leave at once when a group is joined; snooping sees them within milliseconds. */
    private static final Duration REPORT = Duration.ofSeconds(2);

    private final Lab lab;
    private final Links links;
    /** The groups joined in this scenario, with the member that joined: the reports a snooping bridge could see. */
    private final Map<IpAddress, LinkRef> joined = new HashMap<>();

    public Mdb(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    public void join(LinkRef member, IpAddress group) {
        requireMulticast(group);
        lab.run(member + " joining " + group, member.place(), "ip", "address", "add",
                group.value() + "/" + group.hostPrefix(), "dev", member.name().value(), "autojoin");
        joined.put(group, member);
    }

    public void expectEntry(LinkRef bridge, IpAddress group, InterfaceName port) {
        requireMulticast(group);
        String expected = bridge + " has a snooped entry for " + group + " on port " + port;
        links.existing(expected, bridge);
        Facts.eventually(expected, () -> read(bridge),
                entries -> entries.stream().anyMatch(e -> sameAddress(group, e.grp())
                        && port.value().equals(e.port())),
                Mdb::describe, REPORT);
    }

    /**
     * Watched for the time a report takes to arrive. Its controls: a member joined the group in this scenario (so
     * a report was sent), and the bridge exists and is a bridge (its database is what was read).
     */
    public void expectNoEntry(LinkRef bridge, IpAddress group) {
        requireMulticast(group);
        String expected = bridge + " has no entry for " + group + " in its multicast database";
        Reading<Optional<Link>> device = links.read(bridge);
        if (!joined.containsKey(group)) {
            throw Facts.missing(expected, "a member that joined " + group + " in this scenario (so no report was"
                    + " sent that " + bridge + " could have snooped)", device);
        }
        Link found = Links.existing(expected, bridge, device);
        if (!"bridge".equals(found.kind())) {
            throw Facts.missing(expected, "a bridge " + bridge + " (it is a " + found.kind() + ")", device);
        }
        Steadily.expect(expected, () -> read(bridge),
                entries -> entries.stream().noneMatch(e -> sameAddress(group, e.grp())), Mdb::describe, REPORT);
    }

    private Reading<List<MdbEntry>> read(LinkRef bridge) {
        return lab.kernel(bridge.place()).mdb(bridge.name());
    }

    private static String describe(List<MdbEntry> entries) {
        return entries.isEmpty() ? "the multicast database is empty" : entries.stream()
                .map(e -> e.grp() + " on " + e.port() + " (" + e.state() + ")").collect(Collectors.joining(", "));
    }

    private static boolean sameAddress(IpAddress address, String printed) {
        return address.value().equalsIgnoreCase(printed);
    }

    private static void requireMulticast(IpAddress group) {
        boolean multicast = group.ipv6() ? group.value().toLowerCase().startsWith("ff")
                : Integer.parseInt(group.value().substring(0, group.value().indexOf('.'))) / 16 == 14;
        if (!multicast) {
            throw new IllegalArgumentException(group + " is not a multicast group address (224.0.0.0/4 or ff00::/8)");
        }
    }
}
