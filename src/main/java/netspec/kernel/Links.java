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

    // appended by the link kinds (bond, vlan, vxlan, macvlan, ipvlan, tun/tap), for operations on any device

    /** The MAC address of a device a fact names ("from the MAC address of eth0 in ns1"); missing: nothing to judge. */
    public String existingMac(String expected, LinkRef link) {
        Reading<Optional<Link>> reading = read(link);
        Link device = existing(expected, link, reading);
        if (device.address() == null) {
            throw Facts.missing(expected, "a MAC address on " + link + " (kind " + device.kind() + ")", reading);
        }
        return device.address();
    }

    public void expectExists(LinkRef link) {
        Reading<Optional<Link>> reading = read(link);
        Facts.expect(link.place() + " has an interface " + link.name(), reading, Optional::isPresent,
                l -> link + " does not exist");
    }

    public void addAddress(LinkRef link, netspec.evidence.args.Cidr address) {
        lab.run("adding " + address + " to " + link, link.place(), "ip", "address", "add", address.toString(), "dev",
                link.name().value());
    }

    public void removeAddress(LinkRef link, netspec.evidence.args.Cidr address) {
        lab.run("removing " + address + " from " + link, link.place(), "ip", "address", "del", address.toString(),
                "dev", link.name().value());
    }

    /** Until {@code Bridges.attach} exists: a port joins a bridge or a bond (ip link set PORT master DEV). */
    public void setMaster(LinkRef port, netspec.evidence.args.InterfaceName master) {
        lab.run("setting the master of " + port + " to " + master, port.place(), setMasterCommand(port, master));
    }

    /** The same, for the kernel's refusals: whether and why it was refused is the evidence. */
    public netspec.shell.CommandResult attemptSetMaster(LinkRef port, netspec.evidence.args.InterfaceName master) {
        return lab.attempt(port.place(), setMasterCommand(port, master));
    }

    private static String[] setMasterCommand(LinkRef port, netspec.evidence.args.InterfaceName master) {
        return new String[] {"ip", "link", "set", port.name().value(), "master", master.value()};
    }

    /** The usual remedy for a host that cannot reach its macvlan children: its address goes onto a sibling. */
    public void moveAddress(netspec.evidence.args.Cidr address, LinkRef from, LinkRef to) {
        removeAddress(from, address);
        addAddress(to, address);
    }

    /** Both devices must exist: a missing one has no MAC address to differ from. */
    public void expectDifferentMacs(LinkRef one, LinkRef other) {
        expectMacs(one + " and " + other + " have different MAC addresses", one, other, false);
    }

    public void expectSameMac(LinkRef one, LinkRef other) {
        expectMacs(one + " has the MAC address of " + other, one, other, true);
    }

    private void expectMacs(String expected, LinkRef one, LinkRef other, boolean same) {
        Reading<Optional<Link>> first = read(one);
        Reading<Optional<Link>> second = read(other);
        Reading<List<Optional<Link>>> both = netspec.lab.Readings.together(first, second,
                List.of(first.value(), second.value()));
        String a = existingMac(expected, one);
        String b = existingMac(expected, other);
        Facts.expect(expected, both, devices -> a.equalsIgnoreCase(b) == same,
                devices -> one + " has " + a + ", " + other + " has " + b);
    }
}
