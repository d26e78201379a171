package netspec.steps;

import io.cucumber.java.en.Then;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.Links;
import netspec.kernel.k8s.CniResults;
import netspec.kernel.k8s.Pods;
import netspec.lab.LinkRef;

/**
 * A plugin's result held against the kernel: every interface, address and route it lists, read back with
 * iproute2, and what the bridge and the IPAM state show after ADD and DEL.
 */
public class CniKernelSteps {

    private final CniResults results;
    private final Links links;
    private final Pods pods;

    public CniKernelSteps(CniResults results, Links links, Pods pods) {
        this.results = results;
        this.links = links;
        this.pods = pods;
    }

    @Then("the result for {netns} matches the kernel")
    public void matchesKernel(NamespaceName pod) {
        results.expectMatchesKernel(pod);
    }

    @Then("the result for {netns} does not match the kernel")
    public void doesNotMatchKernel(NamespaceName pod) {
        results.expectMismatch(pod);
    }

    @Then("the gateway of the result for {netns} is an address of {iface}")
    public void gatewayOnBridge(NamespaceName pod, InterfaceName bridge) {
        results.expectGatewayOnBridge(pod, bridge);
    }

    @Then("the veth of {netns} on the host is a port of {iface}")
    public void vethIsPort(NamespaceName pod, InterfaceName bridge) {
        results.expectVethIsPort(pod, bridge);
    }

    @Then("the veth of {netns} on the host is gone")
    public void vethGone(NamespaceName pod) {
        results.expectVethGone(pod);
    }

    @Then("{iface} moved from the host into {netns} as {iface}")
    public void movedIn(InterfaceName device, NamespaceName pod, InterfaceName ifname) {
        results.expectMovedIn(device, pod, ifname);
    }

    @Then("the bridge {iface} is still there")
    public void bridgeStays(InterfaceName bridge) {
        results.expectBridgeStays(bridge);
    }

    @Then("{iface} has learned the MAC address of {netns} on its veth")
    public void learnedPodMac(InterfaceName bridge, NamespaceName pod) {
        results.expectLearnedPodMac(bridge, pod);
    }

    @Then("{iface} no longer knows the MAC address of {netns}")
    public void forgotPodMac(InterfaceName bridge, NamespaceName pod) {
        results.expectForgotPodMac(bridge, pod);
    }

    @Then("the IPAM state reserves the address of {netns} for its container")
    public void reserved(NamespaceName pod) {
        results.expectReserved(pod);
    }

    @Then("the IPAM state no longer reserves the address of {netns}")
    public void released(NamespaceName pod) {
        results.expectReleased(pod);
    }

    @Then("{netns} holds an address in {cidr}")
    public void addressIn(NamespaceName pod, Cidr subnet) {
        results.expectAddressIn(pod, subnet);
    }

    @Then("{netns} holds no address in {cidr}")
    public void noAddressIn(NamespaceName pod, Cidr subnet) {
        results.expectNoAddressIn(pod, subnet);
    }

    @Then("{link} holds the address {cidr}")
    public void holdsAddress(LinkRef link, Cidr address) {
        links.expectHolds(link, address.toString());
    }

    @Then("{link} holds the address the result for {netns} gave")
    public void holdsAddressOfResult(LinkRef link, NamespaceName pod) {
        results.expectHoldsAddressOfResult(link, pod);
    }

    @Then("{link} no longer holds the address of {netns}")
    public void lostAddress(LinkRef link, NamespaceName pod) {
        results.expectLostAddressOfResult(link, pod);
    }

    @Then("{link} and {link} hold different addresses")
    public void differentAddresses(LinkRef one, LinkRef other) {
        links.expectDifferentIpv4Addresses(one, other);
    }

    @Then("{netns} routes everything through {ip}")
    public void defaultRoute(NamespaceName pod, IpAddress gateway) {
        pods.expectDefaultRoute(pod, gateway);
    }
}
