package netspec.steps;

import java.util.OptionalInt;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.k8s.Flannel;
import netspec.lab.LinkRef;

/** flannel's nodes and pods, and what flanneld programs into each node, read back from the node's kernel. */
public class FlannelSteps {

    private final Flannel flannel;

    public FlannelSteps(Flannel flannel) {
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
        flannel.expectVtep(vtep, vni, port, underlay);
    }

    @Then("{netns} routes the pod subnet of {netns} via its VTEP address on flannel.1, on-link")
    public void routesThroughVtep(NamespaceName at, NamespaceName other) {
        flannel.expectRouteThroughVtep(at, other);
    }

    @Then("{netns} resolves the VTEP address of {netns} to its VTEP MAC, permanently")
    public void resolvesVtep(NamespaceName at, NamespaceName other) {
        flannel.expectResolvesVtep(at, other);
    }

    @Then("flannel.1 in {netns} sends frames for the VTEP MAC of {netns} to {ip}")
    public void fdbSendsTo(NamespaceName at, NamespaceName other, IpAddress underlayAddress) {
        flannel.expectFdbSendsTo(at, other, underlayAddress);
    }

    @Then("flannel.1 in {netns} has no fdb entry for the VTEP MAC of {netns}")
    public void noFdbEntry(NamespaceName at, NamespaceName other) {
        flannel.expectNoFdbEntry(at, other);
    }

    @Then("{link} has MTU {int}, {int} bytes less than {iface}")
    public void mtuBelow(LinkRef device, int mtu, int less, InterfaceName lower) {
        flannel.expectMtuBelow(device, mtu, less, lower);
    }
}
