package netspec.kernel;

import java.util.stream.Collectors;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.MacAddress;
import java.util.List;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.IpAddress;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.Neighbour;

/**
 * The neighbour table (ARP and NDP): which link-layer address a place resolved an IP address to. The owner's MAC
 * is read from the owner, which must exist.
 *
 * <pre>{@code
 * neighbours.expectResolves(ns1, IpAddress.parse("10.0.0.254"), br0);   // ip -j neigh show (in ns1)
 * }</pre>
 */
public final class Neighbours {

    private final Lab lab;
    private final Links links;

    public Neighbours(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    public void expectResolves(Place place, IpAddress address, LinkRef owner) {
        String expected = place + " has a neighbour entry " + address + " -> the MAC address of " + owner;
        String mac = links.macOf(expected, owner);
        expectResolves(lab.kernel(place).neighbours(), expected + " (" + mac + ")", address, mac);
    }

    static void expectResolves(Reading<List<Neighbour>> table, String expected, IpAddress address, String mac) {
        Facts.expect(expected, table,
                list -> list.stream().anyMatch(n -> address.value().equals(n.dst()) && mac.equalsIgnoreCase(n.lladdr())),
                list -> list.stream().filter(n -> address.value().equals(n.dst()))
                        .map(n -> n.dst() + " lladdr " + n.lladdr() + " " + n.state()).findFirst()
                        .orElse("no neighbour entry for " + address));
    }

    public void addPermanent(LinkRef link, IpAddress address, MacAddress mac) {
        lab.run("adding a neighbour entry on " + link, link.place(), "ip", "neigh", "add", address.value(),
                "lladdr", mac.value(), "dev", link.name().value(), "nud", "permanent");
    }

    /** NOARP: the kernel resolves nothing on a tun and keeps no entry for the peer. */
    public void expectNoEntry(Place place, IpAddress address) {
        Facts.expect(place + " has no neighbour entry for " + address, lab.kernel(place).neighbours(),
                list -> list.stream().noneMatch(n -> address.value().equals(n.dst())),
                list -> describe(list, address));
    }

    /** Any entry counts, INCOMPLETE and FAILED too: it shows that resolution was tried on that device. */
    public void expectEntryOn(Place place, IpAddress address, InterfaceName device) {
        Facts.expect(place + " has a neighbour entry for " + address + " on " + device, lab.kernel(place).neighbours(),
                list -> list.stream().anyMatch(n -> address.value().equals(n.dst()) && device.value().equals(n.dev())),
                list -> describe(list, address));
    }

    private static String describe(List<Neighbour> list, IpAddress address) {
        String found = list.stream().filter(n -> address.value().equals(n.dst()))
                .map(n -> n.dst() + " dev " + n.dev() + " lladdr " + n.lladdr() + " " + n.state())
                .collect(Collectors.joining("; "));
        return found.isEmpty() ? "no entry for " + address + " among " + list.size() : found;
    }
}
