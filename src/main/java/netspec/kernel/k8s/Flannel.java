package netspec.kernel.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.k8s.FlannelNode;
import netspec.k8s.Ipv4Subnet;
import netspec.kernel.Addresses;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.FdbEntry;
import netspec.linux.Link;
import netspec.linux.Neighbour;
import netspec.linux.Route;
import netspec.linux.Vxlan;

/**
 * The nodes of one scenario's flannel network (VXLAN backend), programmed the way flanneld programs a node:
 * a VTEP flannel.1 bound to the node's underlay NIC, and for every other node's lease an on-link route to its
 * pod subnet through flannel.1, a permanent neighbour entry for its VTEP address and an fdb entry sending its
 * VTEP MAC to its underlay address. With {@code nolearning}, those entries are all flannel.1 knows. Pods on a
 * node are {@link Pods} plugged into the node's cni0.
 *
 * <pre>{@code
 * flannel.join(node1, underlay, 192.168.56.11/24, 10.244.1.0/24, OptionalInt.empty());
 * flannel.addPod(pod1, node1, 10.244.1.2, OptionalInt.empty());
 * flannel.expectFdbSendsTo(node1, node2, 192.168.56.12);   // bridge fdb show dev flannel.1 (in node1)
 * }</pre>
 */
public final class Flannel {

    public static final InterfaceName VTEP = new InterfaceName("flannel.1");
    public static final InterfaceName BRIDGE = new InterfaceName("cni0");
    public static final InterfaceName UNDERLAY_NIC = new InterfaceName("eth0");
    public static final int VNI = 1;
    /** flannel's default for the VXLAN backend: the kernel's historical port, not IANA's 4789. */
    public static final int PORT = 8472;

    private final Lab lab;
    private final Pods pods;
    private final Addresses addresses;
    private final Map<NamespaceName, FlannelNode> nodes = new LinkedHashMap<>();

    public Flannel(Lab lab, Pods pods, Addresses addresses) {
        this.lab = lab;
        this.pods = pods;
        this.addresses = addresses;
    }

    /**
     * A node joins: its namespace, plugged into the underlay bridge through veth-NODE / eth0, forwarding, its
     * VTEP and its cni0 bridge; then it and every node already there learn each other's leases.
     *
     * @param underlayMtu the MTU of the node's underlay NIC; the kernel's default (1500) when empty
     */
    public FlannelNode join(NamespaceName name, InterfaceName underlay, Cidr address, Cidr podSubnet,
                            OptionalInt underlayMtu) {
        if (nodes.containsKey(name)) {
            throw new IllegalArgumentException("flannel node " + name + " already exists");
        }
        Ipv4Subnet subnet = Ipv4Subnet.of(podSubnet);
        Place node = Place.of(name);
        String nodeEnd = "veth-" + name.value();
        lab.addNamespace(name);
        lab.run("plugging " + name + " into " + underlay, Place.HOST, "ip", "link", "add", nodeEnd, "type", "veth",
                "peer", "name", UNDERLAY_NIC.value(), "netns", name.value());
        underlayMtu.ifPresent(mtu -> {
            lab.run("setting the underlay MTU of " + name, Place.HOST, "ip", "link", "set", nodeEnd, "mtu", "" + mtu);
            lab.run("setting the underlay MTU of " + name, node, "ip", "link", "set", UNDERLAY_NIC.value(), "mtu",
                    "" + mtu);
        });
        lab.run("attaching " + nodeEnd + " to " + underlay, Place.HOST, "ip", "link", "set", nodeEnd, "master",
                underlay.value(), "up");
        addresses.add(new LinkRef(UNDERLAY_NIC, node), address);
        lab.run("bringing up the underlay NIC of " + name, node, "ip", "link", "set", UNDERLAY_NIC.value(), "up");
        lab.run("letting " + name + " route", node, "sysctl", "-w", "net.ipv4.ip_forward=1");
        // flanneld gives no MTU: the kernel derives it from the device the VTEP is bound to
        lab.run("creating the VTEP of " + name, node, "ip", "link", "add", VTEP.value(), "type", "vxlan", "id",
                "" + VNI, "local", address.address().value(), "dev", UNDERLAY_NIC.value(), "dstport", "" + PORT,
                "nolearning");
        addresses.add(new LinkRef(VTEP, node), new Cidr(subnet.address(0), 32));
        lab.run("bringing up the VTEP of " + name, node, "ip", "link", "set", VTEP.value(), "up");
        lab.run("creating the pod bridge of " + name, node, "ip", "link", "add", BRIDGE.value(), "type", "bridge");
        addresses.add(new LinkRef(BRIDGE, node), subnet.withPrefix(subnet.address(1)));
        lab.run("bringing up the pod bridge of " + name, node, "ip", "link", "set", BRIDGE.value(), "up");

        String mac = lab.kernel(node).existingLink(VTEP).address();
        FlannelNode joined = new FlannelNode(name, address.address(), subnet, mac);
        for (FlannelNode other : nodes.values()) {
            learnLease(other, joined);
            learnLease(joined, other);
        }
        nodes.put(name, joined);
        return joined;
    }

    /** What flanneld on {@code at} programs when it sees the lease of {@code other}. */
    private void learnLease(FlannelNode at, FlannelNode other) {
        String vtep = VTEP.value();
        lab.run(at + " routes the pods of " + other + " through " + vtep, at.place(), "ip", "route", "add",
                other.podSubnet().toString(), "via", other.vtepAddress().value(), "dev", vtep, "onlink");
        lab.run(at + " learns the VTEP MAC of " + other, at.place(), "ip", "neigh", "add",
                other.vtepAddress().value(), "lladdr", other.vtepMac(), "dev", vtep, "nud", "permanent");
        lab.run(at + " learns where the VTEP of " + other + " is", at.place(), "bridge", "fdb", "add",
                other.vtepMac(), "dev", vtep, "dst", other.underlayAddress().value(), "self", "permanent");
    }

    /** Deletes the fdb entry of {@code at} for the VTEP of {@code other}, leaving its route and neighbour entry. */
    public void dropFdbEntry(NamespaceName at, NamespaceName other) {
        FlannelNode from = node(at);
        FlannelNode to = node(other);
        lab.run("deleting the fdb entry of " + at + " for " + other, from.place(), "bridge", "fdb", "del",
                to.vtepMac(), "dev", VTEP.value(), "dst", to.underlayAddress().value(), "self");
    }

    /**
     * A pod on a node, wired as flannel's CNI plugin does through the bridge plugin.
     *
     * @param mtu the pod's MTU; when empty the VTEP's, which flannel hands the bridge plugin (FLANNEL_MTU)
     */
    public void addPod(NamespaceName pod, NamespaceName on, IpAddress address, OptionalInt mtu) {
        FlannelNode node = node(on);
        if (!node.podSubnet().contains(address)) {
            throw new IllegalArgumentException("pod " + pod + " at " + address + " is outside the pod subnet "
                    + node.podSubnet() + " of " + on);
        }
        int podMtu = mtu.isPresent() ? mtu.getAsInt() : lab.kernel(node.place()).existingLink(VTEP).mtu();
        pods.start(pod, PauseProgram.SLEEP);
        pods.plug(pod, node.place(), BRIDGE, node.podSubnet().withPrefix(address), node.bridgeAddress(),
                OptionalInt.of(podMtu));
    }

    public void expectVtep(LinkRef vtep, int vni, int port, InterfaceName underlay) {
        Reading<Optional<Link>> reading = lab.kernel(vtep.place()).link(vtep.name());
        String expected = vtep + " is a vxlan with VNI " + vni + ", UDP port " + port + ", bound to " + underlay
                + ", learning off";
        Link device = reading.value().orElseThrow(() -> Facts.missing(expected, "interface " + vtep, reading));
        Optional<Vxlan> vxlan = Vxlan.of(device);
        Facts.expect(expected, reading, l -> vxlan.filter(v -> v.vni() == vni && v.port() == port
                        && underlay.value().equals(v.underlay()) && !v.learning()).isPresent(),
                l -> "kind " + device.kind() + vxlan.map(v -> ", " + v).orElse(""));
    }

    public void expectRouteThroughVtep(NamespaceName at, NamespaceName other) {
        FlannelNode to = node(other);
        String subnet = to.podSubnet().toString();
        Reading<List<Route>> routes = lab.kernel(node(at).place()).routes();
        Facts.expect(at + " routes " + subnet + " via " + to.vtepAddress() + " dev " + VTEP + " onlink",
                routes, list -> list.stream().anyMatch(r -> subnet.equals(r.dst())
                        && to.vtepAddress().value().equals(r.gateway()) && VTEP.value().equals(r.dev())
                        && r.hasFlag("onlink")),
                list -> list.stream().filter(r -> subnet.equals(r.dst()))
                        .map(r -> r.dst() + (r.gateway() == null ? "" : " via " + r.gateway()) + " dev " + r.dev()
                                + (r.flags().isEmpty() ? "" : " " + String.join(" ", r.flags())))
                        .findFirst().orElse("no route to " + subnet));
    }

    public void expectResolvesVtep(NamespaceName at, NamespaceName other) {
        FlannelNode to = node(other);
        Reading<List<Neighbour>> neighbours = lab.kernel(node(at).place()).neighbours();
        Facts.expect(at + " has a permanent neighbour entry " + to.vtepAddress() + " -> " + to.vtepMac() + " on "
                        + VTEP, neighbours,
                list -> list.stream().anyMatch(n -> to.vtepAddress().value().equals(n.dst())
                        && to.vtepMac().equalsIgnoreCase(n.lladdr()) && VTEP.value().equals(n.dev())
                        && n.isPermanent()),
                list -> list.stream().filter(n -> to.vtepAddress().value().equals(n.dst()))
                        .map(n -> n.dst() + " lladdr " + n.lladdr() + " dev " + n.dev() + " " + n.state())
                        .findFirst().orElse("no neighbour entry for " + to.vtepAddress()));
    }

    public void expectFdbSendsTo(NamespaceName at, NamespaceName other, IpAddress underlayAddress) {
        String mac = node(other).vtepMac();
        Facts.expect(VTEP + " in " + at + " has a permanent fdb entry " + mac + " dst " + underlayAddress,
                vtepFdb(at), list -> list.stream().anyMatch(e -> mac.equalsIgnoreCase(e.mac())
                        && underlayAddress.value().equals(e.dst()) && e.isPermanent()),
                list -> describeFdb(mac, list));
    }

    /**
     * Its positive control: flannel.1's table was read and still holds entries (those of the other nodes), so
     * the missing entry is missing from a table that is there; the entry itself existed since the nodes met.
     */
    public void expectNoFdbEntry(NamespaceName at, NamespaceName other) {
        String mac = node(other).vtepMac();
        Facts.expectAbsent(VTEP + " in " + at + " has no fdb entry for " + mac + " (" + other + ")", vtepFdb(at),
                new Facts.Control<>("flannel.1 of " + at + " still has fdb entries", list -> !list.isEmpty(),
                        list -> "its fdb is empty"),
                list -> list.stream().noneMatch(e -> mac.equalsIgnoreCase(e.mac())), list -> describeFdb(mac, list));
    }

    /** Both MTUs come from one reading of the namespace's links; a missing device is nothing to judge. */
    public void expectMtuBelow(LinkRef device, int mtu, int less, InterfaceName lower) {
        Reading<List<Link>> links = lab.kernel(device.place()).links();
        String expected = device + " has MTU " + mtu + ", " + less + " bytes less than " + lower;
        int own = mtuOf(expected, links, device.name());
        int below = mtuOf(expected, links, lower);
        Facts.expect(expected, links, l -> own == mtu && below - mtu == less,
                l -> device.name() + " MTU " + own + ", " + lower + " MTU " + below);
    }

    private static int mtuOf(String expected, Reading<List<Link>> links, InterfaceName name) {
        return links.value().stream().filter(l -> name.value().equals(l.ifname())).mapToInt(Link::mtu).findFirst()
                .orElseThrow(() -> Facts.missing(expected, "interface " + name, links));
    }

    private Reading<List<FdbEntry>> vtepFdb(NamespaceName at) {
        return lab.kernel(node(at).place()).fdbOf(VTEP);
    }

    private static String describeFdb(String mac, List<FdbEntry> entries) {
        String found = entries.stream().filter(e -> mac.equalsIgnoreCase(e.mac()))
                .map(e -> e.mac() + " dst " + e.dst() + " " + e.state() + " " + e.flags())
                .collect(Collectors.joining("; "));
        return found.isEmpty() ? "no fdb entry for " + mac + " among " + entries.size() + " entries: "
                + entries.stream().map(e -> e.mac() + " dst " + e.dst()).collect(Collectors.joining(", ")) : found;
    }

    public FlannelNode node(NamespaceName name) {
        FlannelNode node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException(name + " is no flannel node of this scenario (it has: "
                    + nodes.keySet() + "); add a step like 'Given a flannel node " + name + " ...'");
        }
        return node;
    }
}
