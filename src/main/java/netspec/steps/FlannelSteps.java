package netspec.steps;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.k8s.Flannel;
import netspec.k8s.FlannelNode;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Reading;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.linux.FdbEntry;
import netspec.linux.Link;
import netspec.linux.Neighbour;
import netspec.linux.Route;
import netspec.evidence.Facts;

/** flannel's nodes and pods, and what flanneld programs into each node, read back from the node's kernel. */
public class FlannelSteps {

    private final Lab lab;
    private final Flannel flannel;

    public FlannelSteps(Lab lab, Flannel flannel) {
        this.lab = lab;
        this.flannel = flannel;
    }

    @Given("a flannel node {netns} at {cidr} on {iface} with pod subnet {cidr}")
    public void aNode(NamespaceName node, Cidr address, InterfaceName underlay, Cidr podSubnet) {
        flannel.join(node, underlay, address, podSubnet, OptionalInt.empty());
    }

    @Given("a flannel node {netns} at {cidr} on {iface} with pod subnet {cidr} and underlay MTU {int}")
    public void aNodeWithUnderlayMtu(NamespaceName node, Cidr address, InterfaceName underlay, Cidr podSubnet,
                                     int mtu) {
        flannel.join(node, underlay, address, podSubnet, OptionalInt.of(mtu));
    }

    @Given("a pod {netns} on {netns} at {ip}")
    public void aPod(NamespaceName pod, NamespaceName node, IpAddress address) {
        flannel.addPod(pod, node, address, OptionalInt.empty());
    }

    @Given("a pod {netns} on {netns} at {ip} with MTU {int}")
    public void aPodWithMtu(NamespaceName pod, NamespaceName node, IpAddress address, int mtu) {
        flannel.addPod(pod, node, address, OptionalInt.of(mtu));
    }

    @When("the fdb entry of {netns} for the VTEP of {netns} is deleted")
    public void dropFdbEntry(NamespaceName at, NamespaceName other) {
        flannel.dropFdbEntry(at, other);
    }

    @Then("{link} is a VXLAN device with VNI {int} on UDP port {port} over {iface}, without learning")
    public void isVtep(LinkRef vtep, int vni, int port, InterfaceName underlay) {
        Facts.expect(vtep + " is a vxlan with VNI " + vni + ", UDP port " + port + ", bound to " + underlay
                        + ", learning off", lab.kernel(vtep.place()).link(vtep.name()),
                l -> l.filter(link -> link.kind().equals("vxlan")).map(FlannelSteps::vxlanData)
                        .filter(d -> d.path("id").asInt() == vni && d.path("port").asInt() == port
                                && underlay.value().equals(d.path("link").asText())
                                && d.path("learning").isBoolean() && !d.path("learning").asBoolean())
                        .isPresent(),
                l -> l.map(link -> "kind " + link.kind() + " " + vxlanData(link)).orElse(vtep + " does not exist"));
    }

    @Then("{netns} routes the pod subnet of {netns} via its VTEP address on flannel.1, on-link")
    public void routesThroughVtep(NamespaceName at, NamespaceName other) {
        FlannelNode to = flannel.node(other);
        String subnet = to.podSubnet().toString();
        Reading<List<Route>> routes = lab.kernel(flannel.node(at).place()).routes();
        Facts.expect(at + " routes " + subnet + " via " + to.vtepAddress() + " dev " + Flannel.VTEP + " onlink",
                routes, list -> list.stream().anyMatch(r -> subnet.equals(r.dst())
                        && to.vtepAddress().value().equals(r.gateway()) && Flannel.VTEP.value().equals(r.dev())
                        && r.hasFlag("onlink")),
                list -> list.stream().filter(r -> subnet.equals(r.dst()))
                        .map(r -> r.dst() + (r.gateway() == null ? "" : " via " + r.gateway()) + " dev " + r.dev()
                                + (r.flags().isEmpty() ? "" : " " + String.join(" ", r.flags())))
                        .findFirst().orElse("no route to " + subnet));
    }

    @Then("{netns} resolves the VTEP address of {netns} to its VTEP MAC, permanently")
    public void resolvesVtep(NamespaceName at, NamespaceName other) {
        FlannelNode to = flannel.node(other);
        Reading<List<Neighbour>> neighbours = lab.kernel(flannel.node(at).place()).neighbours();
        Facts.expect(at + " has a permanent neighbour entry " + to.vtepAddress() + " -> " + to.vtepMac() + " on "
                        + Flannel.VTEP, neighbours,
                list -> list.stream().anyMatch(n -> to.vtepAddress().value().equals(n.dst())
                        && to.vtepMac().equalsIgnoreCase(n.lladdr()) && Flannel.VTEP.value().equals(n.dev())
                        && n.isPermanent()),
                list -> list.stream().filter(n -> to.vtepAddress().value().equals(n.dst()))
                        .map(n -> n.dst() + " lladdr " + n.lladdr() + " dev " + n.dev() + " " + n.state())
                        .findFirst().orElse("no neighbour entry for " + to.vtepAddress()));
    }

    @Then("flannel.1 in {netns} sends frames for the VTEP MAC of {netns} to {ip}")
    public void fdbSendsTo(NamespaceName at, NamespaceName other, IpAddress underlayAddress) {
        String mac = flannel.node(other).vtepMac();
        Facts.expect(Flannel.VTEP + " in " + at + " has a permanent fdb entry " + mac + " dst " + underlayAddress,
                vtepFdb(at), list -> list.stream().anyMatch(e -> mac.equalsIgnoreCase(e.mac())
                        && underlayAddress.value().equals(e.dst()) && e.isPermanent()),
                list -> describeFdb(mac, list));
    }

    @Then("flannel.1 in {netns} has no fdb entry for the VTEP MAC of {netns}")
    public void noFdbEntry(NamespaceName at, NamespaceName other) {
        String mac = flannel.node(other).vtepMac();
        Facts.expect(Flannel.VTEP + " in " + at + " has no fdb entry for " + mac + " (" + other + ")", vtepFdb(at),
                list -> list.stream().noneMatch(e -> mac.equalsIgnoreCase(e.mac())), list -> describeFdb(mac, list));
    }

    /** Both MTUs come from one reading of the namespace's links. */
    @Then("{link} has MTU {int}, {int} bytes less than {iface}")
    public void mtuBelow(LinkRef device, int mtu, int less, InterfaceName lower) {
        Facts.expect(device + " has MTU " + mtu + ", " + less + " bytes less than " + lower,
                lab.kernel(device.place()).links(),
                links -> mtuOf(links, device.name()).isPresent() && mtuOf(links, lower).isPresent()
                        && mtuOf(links, device.name()).getAsInt() == mtu
                        && mtuOf(links, lower).getAsInt() - mtu == less,
                links -> device.name() + " MTU " + describe(mtuOf(links, device.name())) + ", " + lower + " MTU "
                        + describe(mtuOf(links, lower)));
    }

    private static OptionalInt mtuOf(List<Link> links, InterfaceName name) {
        return links.stream().filter(l -> name.value().equals(l.ifname())).mapToInt(Link::mtu).findFirst();
    }

    private static String describe(OptionalInt mtu) {
        return mtu.isPresent() ? Integer.toString(mtu.getAsInt()) : "(no such device)";
    }

    private Reading<List<FdbEntry>> vtepFdb(NamespaceName at) {
        return lab.kernel(flannel.node(at).place()).fdbOf(Flannel.VTEP);
    }

    private static JsonNode vxlanData(Link link) {
        return link.linkinfo() == null ? JsonNodeFactory.instance.objectNode() : link.linkinfo().data();
    }

    private static String describeFdb(String mac, List<FdbEntry> entries) {
        String found = entries.stream().filter(e -> mac.equalsIgnoreCase(e.mac()))
                .map(e -> e.mac() + " dst " + e.dst() + " " + e.state() + " " + e.flags())
                .collect(Collectors.joining("; "));
        return found.isEmpty() ? "no fdb entry for " + mac + " among " + entries.size() + " entries: "
                + entries.stream().map(e -> e.mac() + " dst " + e.dst()).collect(Collectors.joining(", ")) : found;
    }
}
