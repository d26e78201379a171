package netspec.lab;

import netspec.evidence.Place;
import netspec.evidence.Reading;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.linux.AddressInfo;
import netspec.linux.BridgeVlan;
import netspec.linux.FdbEntry;
import netspec.linux.KernelJson;
import netspec.linux.Link;
import netspec.linux.LinksAndAddresses;
import netspec.linux.NamespaceId;
import netspec.linux.MdbEntry;
import netspec.linux.Neighbour;
import netspec.linux.Route;
import netspec.linux.RouteLookup;
import netspec.linux.SnmpCounters;
import netspec.linux.TcFilter;
import netspec.shell.CommandResult;

/** The kernel's state as seen from one place of the sandbox, read with iproute2's JSON output. */
public final class KernelView {

    private final Lab lab;
    private final Place place;

    KernelView(Lab lab, Place place) {
        this.lab = lab;
        this.place = place;
    }

    public Reading<List<Link>> links() {
        return read(KernelJson::links, "ip", "-j", "-d", "-s", "link", "show");
    }

    /**
     * Every link with its addresses in one dump: {@code ip address show} prints each link as {@code ip link show}
     * does (all but linkmode and inet6_addr_gen_mode) with its addr_info, for one process instead of two.
     */
    public Reading<LinksAndAddresses> linksAndAddresses() {
        return read(LinksAndAddresses::parse, "ip", "-j", "-d", "-s", "address", "show");
    }

    /** The link, or empty when the kernel says it does not exist here. */
    public Reading<Optional<Link>> link(InterfaceName name) {
        CommandResult result = lab.read(place, "ip", "-j", "-d", "-s", "link", "show", "dev", name.value());
        if (!result.succeeded()) {
            if (result.stderr().contains("does not exist")) {
                return new Reading<>(place, result, Optional.empty());
            }
            throw new StepFailure("reading link " + name, place, result);
        }
        return new Reading<>(place, result, KernelJson.links(result.stdout()).stream().findFirst());
    }

    /** Like {@link #link} for a link the scenario needs to exist. */
    public Link existingLink(InterfaceName name) {
        return link(name).value().orElseThrow(() -> new IllegalStateException(
                "interface " + name + " does not exist in " + place));
    }

    public Reading<List<FdbEntry>> fdb(InterfaceName bridge) {
        return read(KernelJson::fdb, "bridge", "-j", "fdb", "show", "br", bridge.value());
    }

    /** One device's own forwarding table, e.g. the remote endpoints a vxlan sends to or has learned. */
    public Reading<List<FdbEntry>> fdbOf(InterfaceName device) {
        return read(KernelJson::fdb, "bridge", "-j", "fdb", "show", "dev", device.value());
    }

    /** The bridge's multicast database: the groups its snooping learned, per port. */
    public Reading<List<MdbEntry>> mdb(InterfaceName bridge) {
        return read(KernelJson::mdb, "bridge", "-j", "mdb", "show", "dev", bridge.value());
    }

    /** Every bridge port's VLANs (and the bridges' own), one entry per port and VLAN. */
    public Reading<List<BridgeVlan>> bridgeVlans() {
        return read(KernelJson::bridgeVlans, "bridge", "-j", "vlan", "show");
    }

    public Reading<List<Neighbour>> neighbours() {
        return read(KernelJson::neighbours, "ip", "-j", "neigh", "show");
    }

    public Reading<List<AddressInfo>> addresses() {
        return read(KernelJson::addresses, "ip", "-j", "address", "show");
    }

    public Reading<List<Route>> routes() {
        return read(KernelJson::routes, "ip", "-j", "route", "show");
    }

    public Reading<List<Route>> routes6() {
        return read(KernelJson::routes, "ip", "-j", "-6", "route", "show");
    }

    /** The IPv6 addresses of one device, with their DAD state (tentative, dadfailed). */
    public Reading<List<AddressInfo>> addresses6(InterfaceName device) {
        return read(KernelJson::addresses, "ip", "-j", "-6", "address", "show", "dev", device.value());
    }

    /** The ids this place gives other namespaces; read links first, the kernel assigns ids while dumping them. */
    public Reading<List<NamespaceId>> namespaceIds() {
        return read(KernelJson::namespaceIds, "ip", "-j", "netns", "list-id");
    }

    /** The kernel's local routing table: every address it takes as its own, on whichever device. */
    public Reading<List<Route>> localRoutes() {
        return read(KernelJson::routes, "ip", "-j", "route", "show", "table", "local");
    }

    /** The route the kernel would take to one address, with what it has cached for it (a path MTU). */
    public Reading<RouteLookup> routeTo(IpAddress destination) {
        return read(json -> KernelJson.routeLookups(json).get(0), "ip", "-j", "route", "get", destination.value());
    }

    /** The filters at one hook ("ingress" or "egress") of a clsact qdisc. */
    public Reading<List<TcFilter>> tcFilters(InterfaceName device, String hook) {
        return read(KernelJson::tcFilters, "tc", "-j", "filter", "show", "dev", device.value(), hook);
    }

    /** The namespace's protocol counters (IP, ICMP, TCP, UDP). */
    public Reading<SnmpCounters> snmp() {
        return read(SnmpCounters::parse, "cat", "/proc/net/snmp");
    }

    private <T> Reading<T> read(Function<String, T> parse, String... argv) {
        CommandResult result = lab.read(place, argv);
        if (!result.succeeded()) {
            throw new StepFailure("reading kernel state", place, result);
        }
        return new Reading<>(place, result, parse.apply(result.stdout()));
    }
}
