package netspec.steps;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cucumber.java.en.Then;
import netspec.cni.CniResult;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.lab.Readings;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.lab.cni.CniRuntime;
import netspec.linux.Address;
import netspec.linux.AddressInfo;
import netspec.linux.Link;
import netspec.linux.Route;
import netspec.evidence.FactViolation;
import netspec.evidence.Facts;

/**
 * A plugin's result held against the kernel: every interface, address and route it lists, read back with
 * iproute2, and what the bridge and the IPAM state show after ADD and DEL.
 */
public class CniKernelSteps {

    private final Lab lab;
    private final CniRuntime cni;

    public CniKernelSteps(Lab lab, CniRuntime cni) {
        this.lab = lab;
        this.cni = cni;
    }

    @Then("the result for {netns} matches the kernel")
    public void matchesKernel(NamespaceName pod) {
        CniResult result = cni.resultOf(pod);
        for (CniResult.Interface listed : result.interfaces()) {
            interfaceExists(pod, listed);
        }
        for (CniResult.IpConfig ip : result.ips()) {
            addressIsOnItsInterface(pod, result, ip);
        }
        for (CniResult.RouteConfig route : result.routes()) {
            routeIsInTheSandbox(pod, result, route);
        }
    }

    @Then("the gateway of the result for {netns} is an address of {iface}")
    public void gatewayOnBridge(NamespaceName pod, InterfaceName bridge) {
        String gateway = cni.resultOf(pod).defaultGateway().orElseThrow(() -> new FactViolation(
                "the result for " + pod + " names a gateway", "no address of the result has one",
                "the answer to ADD for " + pod));
        Facts.expect("the gateway " + gateway + " is an address of " + bridge, lab.kernel(Place.HOST).addresses(),
                list -> addressesOf(list, bridge.value()).stream().anyMatch(c -> c.startsWith(gateway + "/")),
                list -> bridge + " holds " + addressesOf(list, bridge.value()));
    }

    @Then("the veth of {netns} on the host is a port of {iface}")
    public void vethIsPort(NamespaceName pod, InterfaceName bridge) {
        InterfaceName veth = hostVeth(pod, bridge);
        Facts.expect(veth + " (the host interface of " + pod + "'s result besides " + bridge + ") is a veth and a port of "
                        + bridge, lab.kernel(Place.HOST).link(veth),
                l -> l.isPresent() && "veth".equals(l.get().kind()) && bridge.value().equals(l.get().master()),
                l -> l.map(x -> veth + " is of kind '" + x.kind() + "' with master " + x.master())
                        .orElse(veth + " does not exist"));
    }

    @Then("the veth of {netns} on the host is gone")
    public void vethGone(NamespaceName pod) {
        List<String> listed = cni.resultOf(pod).hostInterfaces().stream().map(CniResult.Interface::name).toList();
        Facts.expect("of the host interfaces the result for " + pod + " listed " + listed + ", only bridges remain",
                lab.kernel(Place.HOST).links(), links -> remainingNonBridges(links, listed).isEmpty(),
                links -> "still there: " + remainingNonBridges(links, listed));
    }

    @Then("the bridge {iface} is still there")
    public void bridgeStays(InterfaceName bridge) {
        Facts.expect(bridge + " exists and is a bridge", lab.kernel(Place.HOST).link(bridge),
                l -> l.isPresent() && "bridge".equals(l.get().kind()),
                l -> l.map(x -> bridge + " is of kind '" + x.kind() + "'").orElse(bridge + " does not exist"));
    }

    @Then("{iface} has learned the MAC address of {netns} on its veth")
    public void learnedPodMac(InterfaceName bridge, NamespaceName pod) {
        String mac = podMac(pod);
        InterfaceName veth = hostVeth(pod, bridge);
        Facts.expect(bridge + " has learned " + mac + " (eth0 of " + pod + ") on port " + veth,
                lab.kernel(Place.HOST).fdb(bridge),
                entries -> entries.stream().anyMatch(e -> e.isLearned() && mac.equalsIgnoreCase(e.mac())
                        && veth.value().equals(e.ifname())),
                entries -> BridgeSteps.describeEntriesFor(mac, entries));
    }

    @Then("{iface} no longer knows the MAC address of {netns}")
    public void forgotPodMac(InterfaceName bridge, NamespaceName pod) {
        String mac = podMac(pod);
        Facts.expect(bridge + " has no fdb entry for " + mac + " (eth0 of " + pod + ")",
                lab.kernel(Place.HOST).fdb(bridge),
                entries -> entries.stream().noneMatch(e -> mac.equalsIgnoreCase(e.mac())),
                entries -> BridgeSteps.describeEntriesFor(mac, entries));
    }

    @Then("the IPAM state reserves the address of {netns} for its container")
    public void reserved(NamespaceName pod) {
        String ip = cni.resultOf(pod).ips().get(0).ip();
        Facts.expect(CniRuntime.DATA_DIR + "/" + CniRuntime.NETWORK + "/" + ip + " names container " + pod,
                cni.reservations(), files -> pod.value().equals(files.get(ip)), files -> "reservations: " + files);
    }

    @Then("the IPAM state no longer reserves the address of {netns}")
    public void released(NamespaceName pod) {
        String ip = cni.resultOf(pod).ips().get(0).ip();
        Facts.expect("no reservation file for " + ip + " in " + CniRuntime.DATA_DIR + "/" + CniRuntime.NETWORK,
                cni.reservations(), files -> !files.containsKey(ip), files -> "reservations: " + files);
    }

    @Then("{netns} holds no address in {cidr}")
    public void noAddressIn(NamespaceName pod, Cidr subnet) {
        Place place = Place.of(pod);
        Facts.expect(pod + " holds no address in " + subnet, lab.kernel(place).addresses(),
                list -> list.stream().flatMap(a -> a.cidrs().stream()).noneMatch(c -> inSubnet(c, subnet)),
                list -> "it holds " + list.stream().flatMap(a -> a.cidrs().stream()).toList());
    }

    @Then("{link} holds the address {cidr}")
    public void holdsAddress(LinkRef link, Cidr address) {
        expectAddress(link, address.toString());
    }

    @Then("{link} holds the address the result for {netns} gave")
    public void holdsAddressOfResult(LinkRef link, NamespaceName pod) {
        expectAddress(link, cni.resultOf(pod).ips().get(0).address());
    }

    @Then("{link} no longer holds the address of {netns}")
    public void lostAddress(LinkRef link, NamespaceName pod) {
        String address = cni.resultOf(pod).ips().get(0).address();
        Facts.expect(link + " does not hold " + address, lab.kernel(link.place()).addresses(),
                list -> !addressesOf(list, link.name().value()).contains(address),
                list -> link + " holds " + addressesOf(list, link.name().value()));
    }

    @Then("{link} and {link} hold different addresses")
    public void differentAddresses(LinkRef one, LinkRef other) {
        Reading<List<AddressInfo>> first = lab.kernel(one.place()).addresses();
        Reading<List<AddressInfo>> second = lab.kernel(other.place()).addresses();
        List<String> a = ipv4Of(first.value(), one);
        List<String> b = ipv4Of(second.value(), other);
        Facts.expect(one + " and " + other + " each hold an IPv4 address, and not the same",
                Readings.together(first, second, List.of(a, b)),
                both -> !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains),
                both -> one + " holds " + a + ", " + other + " holds " + b);
    }

    @Then("{netns} routes everything through {ip}")
    public void defaultRoute(NamespaceName pod, IpAddress gateway) {
        Facts.expect(pod + " has a default route via " + gateway, lab.kernel(Place.of(pod)).routes(),
                routes -> routes.stream().anyMatch(r -> r.isDefault() && gateway.value().equals(r.gateway())),
                CniKernelSteps::describeRoutes);
    }

    private void interfaceExists(NamespaceName pod, CniResult.Interface listed) {
        Place place = placeOf(pod, listed);
        InterfaceName name = new InterfaceName(listed.name());
        String mac = listed.mac();
        Facts.expect("interface " + name + " of the result exists in " + place
                        + (mac == null ? "" : " with the MAC address " + mac), lab.kernel(place).link(name),
                l -> l.isPresent() && (mac == null || mac.equalsIgnoreCase(l.get().address())),
                l -> l.map(x -> name + " has the MAC address " + x.address()).orElse(name + " does not exist in " + place));
    }

    private void addressIsOnItsInterface(NamespaceName pod, CniResult result, CniResult.IpConfig ip) {
        Optional<CniResult.Interface> owner = result.interfaceOf(ip);
        // "interface" is optional: without it the address is somewhere in the sandbox
        Place place = owner.map(i -> placeOf(pod, i)).orElse(Place.of(pod));
        String where = owner.map(CniResult.Interface::name).orElse("an interface");
        Facts.expect("address " + ip.address() + " of the result is on " + where + " in " + place,
                lab.kernel(place).addresses(),
                list -> list.stream().anyMatch(a -> owner.map(i -> i.name().equals(a.ifname())).orElse(true)
                        && a.cidrs().contains(ip.address())),
                list -> "addresses in " + place + ": " + list.stream().map(a -> a.ifname() + " " + a.cidrs())
                        .collect(Collectors.joining("; ")));
    }

    /** iproute2 shows 0.0.0.0/0 as "default" and a host route without its /32. */
    private void routeIsInTheSandbox(NamespaceName pod, CniResult result, CniResult.RouteConfig route) {
        String gateway = route.gw() != null ? route.gw() : result.defaultGateway().orElse(null);
        String dst = route.dst().equals("0.0.0.0/0") ? "default" : route.dst().replaceFirst("/32$", "");
        Facts.expect("route " + route.dst() + (gateway == null ? "" : " via " + gateway)
                        + " of the result is in the routing table of " + pod, lab.kernel(Place.of(pod)).routes(),
                routes -> routes.stream().anyMatch(r -> dst.equals(r.dst())
                        && (gateway == null || gateway.equals(r.gateway()))),
                CniKernelSteps::describeRoutes);
    }

    /** An interface of the result in a sandbox must be in the pod's network namespace, as CNI_NETNS named it. */
    private Place placeOf(NamespaceName pod, CniResult.Interface listed) {
        if (!listed.inSandbox()) {
            return Place.HOST;
        }
        if (!listed.sandbox().equals(cni.netnsPath(pod))) {
            throw new FactViolation("interface " + listed.name() + " of the result is in " + cni.netnsPath(pod),
                    "its sandbox is " + listed.sandbox(), "the answer to ADD for " + pod);
        }
        return Place.of(pod);
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

    private void expectAddress(LinkRef link, String address) {
        Facts.expect(link + " holds " + address, lab.kernel(link.place()).addresses(),
                list -> addressesOf(list, link.name().value()).contains(address),
                list -> link + " holds " + addressesOf(list, link.name().value()));
    }

    private static List<String> addressesOf(List<AddressInfo> list, String ifname) {
        return list.stream().filter(a -> ifname.equals(a.ifname())).flatMap(a -> a.cidrs().stream()).toList();
    }

    private static List<String> ipv4Of(List<AddressInfo> list, LinkRef link) {
        return list.stream().filter(a -> link.name().value().equals(a.ifname()))
                .flatMap(a -> a.addresses("inet").stream()).map(Address::local).toList();
    }

    private static List<String> remainingNonBridges(List<Link> links, List<String> listed) {
        return links.stream().filter(l -> listed.contains(l.ifname()) && !"bridge".equals(l.kind()))
                .map(Link::ifname).toList();
    }

    private static boolean inSubnet(String cidr, Cidr subnet) {
        if (subnet.address().ipv6() || cidr.contains(":")) {
            return false;
        }
        long mask = subnet.prefixLength() == 0 ? 0 : 0xFFFFFFFFL << (32 - subnet.prefixLength()) & 0xFFFFFFFFL;
        return (ipv4(cidr.substring(0, cidr.indexOf('/'))) & mask) == (ipv4(subnet.address().value()) & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = value << 8 | Long.parseLong(octet);
        }
        return value;
    }

    private static String describeRoutes(List<Route> routes) {
        return "routes: " + routes.stream().map(r -> r.dst() + (r.gateway() == null ? "" : " via " + r.gateway())
                + (r.dev() == null ? "" : " dev " + r.dev())).collect(Collectors.joining("; "));
    }
}
