package netspec.kernel;

import java.util.List;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.MacAddress;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.Neighbour;

/**
 * The neighbour table (ARP, NDP) of a place: entries a scenario sets, and whether the kernel tried to resolve an
 * address on a device.
 *
 * <pre>{@code
 * neighbours.addPermanent(tap0, IpAddress.parse("10.8.0.2"), new MacAddress("02:00:00:00:00:02"));
 * neighbours.expectNoEntry(Place.HOST, IpAddress.parse("10.9.0.2"));   // ip -j neigh show: nothing for 10.9.0.2
 * }</pre>
 */
public final class Neighbours {

    private final Lab lab;

    public Neighbours(Lab lab) {
        this.lab = lab;
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
