package netspec.kernel.k8s;

import java.util.List;
import java.util.Optional;

import netspec.cni.CniAnswer;
import netspec.cni.CniResult;
import netspec.cni.IpamReservations;
import netspec.cni.ResultAgainstKernel;
import netspec.cni.ResultAgainstKernel.Claim;
import netspec.cni.ResultAgainstKernel.Side;
import netspec.evidence.FactViolation;
import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.k8s.Ipv4Subnet;
import netspec.kernel.Links;
import netspec.kernel.Veths;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.lab.Readings;
import netspec.linux.AddressInfo;
import netspec.linux.FdbEntry;
import netspec.linux.Link;

/**
 * A plugin's ADD result held against the kernel: every interface, address and route it lists, read back with
 * iproute2, and what the pod's bridge and the IPAM state show after ADD and DEL. Bridge facts read the bridge
 * through {@link netspec.lab.KernelView} until netspec.kernel.Bridges takes them over.
 *
 * <pre>{@code
 * cni.add(pod1);
 * results.expectMatchesKernel(pod1);   // ip -j -d link / address / route, on the host and in pod1
 * cni.delete(pod1);
 * results.expectVethGone(pod1);
 * }</pre>
 */
public final class CniResults {

    private final Lab lab;
    private final Cni cni;
    private final Links links;
    private final netspec.kernel.Addresses addresses;

    public CniResults(Lab lab, Cni cni, Links links, netspec.kernel.Addresses addresses) {
        this.lab = lab;
        this.cni = cni;
        this.links = links;
        this.addresses = addresses;
    }

    /** A result that lists nothing makes no claim: nothing to judge, not a match. */
    public void expectMatchesKernel(NamespaceName pod) {
        ResultAgainstKernel.expectMatch("every interface, address and route of the result for " + pod
                + " is in the kernel", claims(pod));
    }

    /** The negative twin: some item of a result that lists items is not in the kernel (any more). */
    public void expectMismatch(NamespaceName pod) {
        ResultAgainstKernel.expectMismatch("some interface, address or route of the result for " + pod
                + " is not in the kernel", claims(pod));
    }

    /** The result's claims, with one reading that holds the answer and every kernel table they were judged on. */
    private Reading<List<Claim>> claims(NamespaceName pod) {
        return claims(lab, pod, cni.netnsPath(pod), cni.addAnswer(pod), cni.resultOf(pod));
    }

    /** The claims of any result for the pod (also a list's, {@link CniLists}), judged on the kernel's tables. */
    static Reading<List<Claim>> claims(Lab lab, NamespaceName pod, String netnsPath, Reading<CniAnswer> answer,
                                       CniResult result) {
        Place inside = Place.of(pod);
        Reading<List<Link>> hostLinks = lab.kernel(Place.HOST).links();
        Reading<List<AddressInfo>> hostAddresses = lab.kernel(Place.HOST).addresses();
        Reading<List<Link>> podLinks = lab.kernel(inside).links();
        Reading<List<AddressInfo>> podAddresses = lab.kernel(inside).addresses();
        Reading<List<netspec.linux.Route>> podRoutes = lab.kernel(inside).routes();
        List<Reading<?>> readings = new java.util.ArrayList<>(
                List.of(answer, hostLinks, hostAddresses, podLinks, podAddresses, podRoutes));
        List<netspec.linux.Route> routes = new java.util.ArrayList<>(podRoutes.value());
        // ip route lists IPv4 only: IPv6 routes of a result are judged on ip -6 route (read only then, so
        // that a kernel without IPv6 still checks IPv4 results)
        if (result.routes().stream().anyMatch(r -> r.dst().contains(":"))) {
            Reading<List<netspec.linux.Route>> podRoutes6 = lab.kernel(inside).routes6();
            routes.addAll(podRoutes6.value());
            readings.add(podRoutes6);
        }
        List<Claim> claims = new ResultAgainstKernel(result, netnsPath,
                new Side("the host", hostLinks.value(), hostAddresses.value(), List.of()),
                new Side(pod.value(), podLinks.value(), podAddresses.value(), routes)).claims();
        return Readings.all(readings, claims);
    }

    public void expectGatewayOnBridge(NamespaceName pod, InterfaceName bridge) {
        String gateway = cni.resultOf(pod).defaultGateway().orElseThrow(() -> new FactViolation(
                "the result for " + pod + " names a gateway", "no address of the result has one",
                "the answer to ADD for " + pod));
        links.expectHoldsIp(new LinkRef(bridge, Place.HOST), gateway);
    }

    /**
     * The pod's veth as the kernel has it, not as the result names it: the peer of the pod's eth0. So it holds
     * after a failed ADD too, which answers with no result but may leave the pair behind.
     */
    public void expectVethIsPort(NamespaceName pod, InterfaceName bridge) {
        LinkRef podEnd = new LinkRef(new InterfaceName(Cni.IFNAME), Place.of(pod));
        String expected = "the host end of the veth pair of " + podEnd + " is a port of " + bridge;
        Reading<Optional<Link>> podReading = links.read(podEnd);
        Link end = podReading.value().orElseThrow(() -> Facts.missing(expected, "interface " + podEnd, podReading));
        Reading<List<Link>> host = lab.kernel(Place.HOST).links();
        expectHostEndIsPort(expected, end, Readings.together(podReading, host, host.value()), bridge);
    }

    /** The judgement of {@link #expectVethIsPort} on the pod's end and the host's links, read. */
    static void expectHostEndIsPort(String expected, Link podEnd, Reading<List<Link>> host, InterfaceName bridge) {
        Facts.expect(expected, host,
                list -> Veths.peerAmong(podEnd, list).filter(l -> bridge.value().equals(l.master())).isPresent(),
                list -> Veths.peerAmong(podEnd, list).map(l -> l.ifname() + " is its peer, with master " + l.master())
                        .orElse("no host interface is its peer (" + podEnd.ifname() + " is of kind '" + podEnd.kind()
                                + "', its peer ifindex " + podEnd.linkIndex() + ")"));
    }

    /** "Gone" has its positive control: the result listed a host interface besides bridges, there before DEL. */
    public void expectVethGone(NamespaceName pod) {
        List<String> listed = cni.resultOf(pod).hostInterfaces().stream().map(CniResult.Interface::name).toList();
        expectGone("of the host interfaces the result for " + pod + " listed " + listed + ", only bridges remain",
                listed, cni.hostLinksBeforeDelete(pod), lab.kernel(Place.HOST).links());
    }

    /** The judgement of {@link #expectVethGone} on two readings of the host's links, before and after DEL. */
    static void expectGone(String expected, List<String> listed, Reading<List<Link>> before,
                           Reading<List<Link>> after) {
        List<String> existed = nonBridges(before.value(), listed);
        Facts.expectAbsent(expected, Readings.together(before, after, after.value()),
                new Facts.Control<>("the result listed a host interface besides bridges, and it existed before DEL",
                        now -> !existed.isEmpty(), now -> "before DEL the host had none of them but bridges"),
                now -> nonBridges(now, listed).isEmpty(), now -> "still there: " + nonBridges(now, listed));
    }

    /**
     * host-device's move: the device was on the host right before ADD, is not there now, and the pod's interface
     * has its MAC address. Its positive control: the device was there before.
     */
    public void expectMovedIn(InterfaceName device, NamespaceName pod, InterfaceName ifname) {
        String expected = device + " left the host for " + pod + ", where it is " + ifname + " with its MAC address";
        Reading<List<Link>> before = cni.hostLinksBeforeAdd(pod);
        Link was = before.value().stream().filter(l -> l.ifname().equals(device.value())).findFirst()
                .orElseThrow(() -> Facts.missing(expected, device + " on the host right before ADD", before));
        Reading<Optional<Link>> host = lab.kernel(Place.HOST).link(device);
        Reading<Optional<Link>> inPod = lab.kernel(Place.of(pod)).link(ifname);
        Facts.expect(expected, Readings.all(List.of(before, host, inPod), new Moved(host.value(), inPod.value())),
                m -> m.onHost().isEmpty() && m.inPod().filter(l -> l.address() != null && l.address().equalsIgnoreCase(was.address()))
                        .isPresent(),
                m -> "before ADD " + device + " had the MAC address " + was.address() + "; now "
                        + m.onHost().map(l -> "the host still has " + device).orElse("the host has no " + device)
                        + ", and " + m.inPod().map(l -> ifname + " in " + pod + " has " + l.address())
                        .orElse(pod + " has no " + ifname));
    }

    /** The device's name on the host and the pod's interface, read after ADD. */
    private record Moved(Optional<Link> onHost, Optional<Link> inPod) {
    }

    public void expectBridgeStays(InterfaceName bridge) {
        Reading<Optional<Link>> reading = lab.kernel(Place.HOST).link(bridge);
        String expected = bridge + " exists and is a bridge";
        Link link = reading.value().orElseThrow(() -> Facts.missing(expected, "interface " + bridge, reading));
        Facts.expect(expected, reading, l -> "bridge".equals(link.kind()),
                l -> bridge + " is of kind '" + link.kind() + "'");
    }

    public void expectLearnedPodMac(InterfaceName bridge, NamespaceName pod) {
        String mac = podMac(pod);
        InterfaceName veth = hostVeth(pod, bridge);
        Facts.expect(bridge + " has learned " + mac + " (eth0 of " + pod + ") on port " + veth,
                lab.kernel(Place.HOST).fdb(bridge),
                entries -> entries.stream().anyMatch(e -> e.isLearned() && mac.equalsIgnoreCase(e.mac())
                        && veth.value().equals(e.ifname())),
                entries -> netspec.kernel.Fdb.describeEntriesFor(mac, entries));
    }

    /** Its positive control: the bridge's table was read and holds entries (its own address at least). */
    public void expectForgotPodMac(InterfaceName bridge, NamespaceName pod) {
        String mac = podMac(pod);
        Facts.expectAbsent(bridge + " has no fdb entry for " + mac + " (eth0 of " + pod + ")",
                lab.kernel(Place.HOST).fdb(bridge),
                new Facts.Control<>(bridge + "'s fdb was read and is not empty", entries -> !entries.isEmpty(),
                        entries -> "its fdb is empty"),
                entries -> entries.stream().noneMatch(e -> mac.equalsIgnoreCase(e.mac())),
                entries -> netspec.kernel.Fdb.describeEntriesFor(mac, entries));
    }

    public void expectReserved(NamespaceName pod) {
        String ip = cni.resultOf(pod).ips().get(0).ip();
        Facts.expect(Cni.DATA_DIR + "/" + Cni.NETWORK + "/" + ip + " names container " + pod, cni.reservations(),
                r -> pod.value().equals(r.byAddress().get(ip)), r -> "reservations: " + r.byAddress());
    }

    /** Its positive control: the state directory is there, so the missing file is missing from it. */
    public void expectReleased(NamespaceName pod) {
        String ip = cni.resultOf(pod).ips().get(0).ip();
        Facts.expectAbsent("no reservation file for " + ip + " in " + Cni.DATA_DIR + "/" + Cni.NETWORK,
                cni.reservations(), new Facts.Control<>("the network's state directory exists",
                        IpamReservations::directoryFound, r -> "there is no such directory"),
                r -> !r.byAddress().containsKey(ip), r -> "reservations: " + r.byAddress());
    }

    /** The positive twin of {@link #expectNoAddressIn}: an IPv4 address of the subnet on some interface of the pod. */
    public void expectAddressIn(NamespaceName pod, Cidr subnet) {
        Ipv4Subnet range = Ipv4Subnet.of(subnet);
        Facts.expect(pod + " holds an address in " + subnet, lab.kernel(Place.of(pod)).addresses(),
                list -> holdsAddressIn(list, range), CniResults::describeAddresses);
    }

    /** Its positive control: the pod's interfaces were listed (its loopback at least), so the namespace is there. */
    public void expectNoAddressIn(NamespaceName pod, Cidr subnet) {
        Ipv4Subnet range = Ipv4Subnet.of(subnet);
        Facts.expectAbsent(pod + " holds no address in " + subnet, lab.kernel(Place.of(pod)).addresses(),
                new Facts.Control<>("the interfaces of " + pod + " were listed", list -> !list.isEmpty(),
                        list -> "ip address listed no interface"),
                list -> !holdsAddressIn(list, range), CniResults::describeAddresses);
    }

    private static boolean holdsAddressIn(List<AddressInfo> interfaces, Ipv4Subnet range) {
        return interfaces.stream().flatMap(a -> a.addresses("inet").stream())
                .anyMatch(a -> range.contains(IpAddress.parse(a.local())));
    }

    private static String describeAddresses(List<AddressInfo> interfaces) {
        return "it holds " + interfaces.stream().flatMap(a -> a.cidrs().stream()).toList();
    }

    public void expectHoldsAddressOfResult(LinkRef link, NamespaceName pod) {
        links.expectHolds(link, addressOfResult(pod));
    }

    public void expectLostAddressOfResult(LinkRef link, NamespaceName pod) {
        links.expectDoesNotHold(link, addressOfResult(pod));
    }

    /** Someone (not the plugin) changes what ADD did: the address the result gave, deleted from the link. */
    public void removeAddressOfResult(NamespaceName pod, LinkRef link) {
        addresses.remove(link, addressOfResult(pod));
    }

    private String addressOfResult(NamespaceName pod) {
        List<CniResult.IpConfig> ips = cni.resultOf(pod).ips();
        if (ips.isEmpty()) {
            throw new FactViolation("the result for " + pod + " gives an address", "it gives none",
                    "the answer to ADD for " + pod);
        }
        return ips.get(0).address();
    }

    /** The host end of the pod's veth pair: the one host interface of the result that is not the bridge. */
    private InterfaceName hostVeth(NamespaceName pod, InterfaceName bridge) {
        List<CniResult.Interface> others = cni.resultOf(pod).hostInterfaces().stream()
                .filter(i -> !bridge.value().equals(i.name())).toList();
        if (others.size() != 1) {
            throw new FactViolation("the result for " + pod + " lists one host interface besides " + bridge,
                    "it lists " + others, "the answer to ADD for " + pod);
        }
        return new InterfaceName(others.get(0).name());
    }

    private String podMac(NamespaceName pod) {
        return cni.resultOf(pod).sandboxInterfaces().stream().map(CniResult.Interface::mac)
                .filter(m -> m != null && !m.isEmpty()).findFirst()
                .orElseThrow(() -> new FactViolation("the result for " + pod + " gives the MAC address of its "
                        + "interface in the pod", "it gives none", "the answer to ADD for " + pod));
    }

    private static List<String> nonBridges(List<Link> links, List<String> listed) {
        return links.stream().filter(l -> listed.contains(l.ifname()) && !"bridge".equals(l.kind()))
                .map(Link::ifname).toList();
    }

}
