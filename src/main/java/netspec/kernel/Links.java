package netspec.kernel;

import java.util.List;
import java.util.Optional;

import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.AddressInfo;
import netspec.linux.Link;

/**
 * Any network device, whatever its kind: bringing it up or down, deleting it, moving it into a namespace, and
 * the facts every device has (administrative state, addresses). Kind-specific resources ({@link Veths}, bridges,
 * VLANs...) build on it.
 *
 * <pre>{@code
 * links.setDown(eth0InNs1);                 // ip link set eth0 down   (in ns1)
 * links.expectAdministrativelyDown(eth0InNs1);
 * }</pre>
 */
public final class Links {

    private final Lab lab;

    public Links(Lab lab) {
        this.lab = lab;
    }

    public void setUp(LinkRef link) {
        lab.run("setting " + link + " up", link.place(), "ip", "link", "set", link.name().value(), "up");
    }

    public void setDown(LinkRef link) {
        lab.run("setting " + link + " down", link.place(), "ip", "link", "set", link.name().value(), "down");
    }

    public void delete(LinkRef link) {
        lab.run("deleting " + link, link.place(), "ip", "link", "delete", link.name().value());
    }

    public void moveInto(LinkRef link, netspec.evidence.args.NamespaceName namespace) {
        lab.run("moving " + link + " into " + namespace, link.place(), "ip", "link", "set", link.name().value(),
                "netns", namespace.value());
    }

    /** The device as the kernel shows it now, or empty when it does not exist there. */
    public Reading<Optional<Link>> read(LinkRef link) {
        return lab.kernel(link.place()).link(link.name());
    }

    public void expectAdministrativelyDown(LinkRef link) {
        Reading<Optional<Link>> reading = read(link);
        String expected = link + " is administratively down (no flag UP)";
        Link device = existing(expected, link, reading);
        Facts.expect(expected, reading, l -> !device.isUp(), l -> device.ifname() + ": flags " + device.flags());
    }

    public void expectNoAddress(LinkRef link) {
        Reading<List<AddressInfo>> addresses = lab.kernel(link.place()).addresses();
        String expected = link + " has no IPv4 or IPv6 address";
        Optional<AddressInfo> device = addresses.value().stream()
                .filter(i -> link.name().value().equals(i.ifname())).findFirst();
        if (device.isEmpty()) {
            throw Facts.missing(expected, "interface " + link, addresses);
        }
        Facts.expect(expected, addresses, infos -> device.get().addrInfo().isEmpty(),
                infos -> device.get().ifname() + " has " + device.get().cidrs());
    }

    /** The device a fact is about; its absence fails the fact as "nothing to judge", naming it. */
    static Link existing(String expected, LinkRef link, Reading<Optional<Link>> reading) {
        return reading.value().orElseThrow(() -> Facts.missing(expected, "interface " + link, reading));
    }

    // --- addresses (appended by the kernel-k8s helper; the lead may move them to an Addresses class) ---

    /** ip address del CIDR dev LINK: the address as it was given, with its prefix length. */
    public void deleteAddress(LinkRef link, String cidr) {
        lab.run("removing " + cidr + " from " + link, link.place(), "ip", "address", "del", cidr, "dev",
                link.name().value());
    }

    /** The link holds exactly this address and prefix length (e.g. 10.22.0.2/16). */
    public void expectHolds(LinkRef link, String cidr) {
        expectAddresses(link, link + " holds " + cidr, held -> held.contains(cidr));
    }

    /** The link holds this address with any prefix length (a gateway named without one). */
    public void expectHoldsIp(LinkRef link, String ip) {
        expectAddresses(link, link + " holds " + ip + " (any prefix length)",
                held -> held.stream().anyMatch(c -> c.startsWith(ip + "/")));
    }

    /** Judged on a link that exists: a missing link holds nothing, and proves nothing. */
    public void expectDoesNotHold(LinkRef link, String cidr) {
        expectAddresses(link, link + " does not hold " + cidr, held -> !held.contains(cidr));
    }

    /** Each of two links holds an IPv4 address, and no address of one is an address of the other. */
    public void expectDifferentIpv4Addresses(LinkRef one, LinkRef other) {
        Reading<List<AddressInfo>> first = lab.kernel(one.place()).addresses();
        Reading<List<AddressInfo>> second = lab.kernel(other.place()).addresses();
        String expected = one + " and " + other + " each hold an IPv4 address, and not the same";
        List<String> a = ipv4Of(expected, one, first);
        List<String> b = ipv4Of(expected, other, second);
        Facts.expect(expected, netspec.lab.Readings.together(first, second, List.of(a, b)),
                both -> !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains),
                both -> one + " holds " + a + ", " + other + " holds " + b);
    }

    private void expectAddresses(LinkRef link, String expected, java.util.function.Predicate<List<String>> holds) {
        Reading<List<AddressInfo>> addresses = lab.kernel(link.place()).addresses();
        AddressInfo device = addresses.value().stream().filter(i -> link.name().value().equals(i.ifname()))
                .findFirst().orElseThrow(() -> Facts.missing(expected, "interface " + link, addresses));
        Facts.expect(expected, addresses, infos -> holds.test(device.cidrs()),
                infos -> link + " holds " + device.cidrs());
    }

    private static List<String> ipv4Of(String expected, LinkRef link, Reading<List<AddressInfo>> addresses) {
        AddressInfo device = addresses.value().stream().filter(i -> link.name().value().equals(i.ifname()))
                .findFirst().orElseThrow(() -> Facts.missing(expected, "interface " + link, addresses));
        return device.addresses("inet").stream().map(netspec.linux.Address::local).toList();
    }
}
