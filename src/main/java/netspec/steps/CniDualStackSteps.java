package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.CniVersion;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.k8s.Cni;
import netspec.kernel.k8s.CniDualStack;
import netspec.lab.LinkRef;
import netspec.lab.cni.DualStackPlugins;

/** A CNI plugin on an IPv4 and an IPv6 subnet: both addresses, the IPv6 route and DAD, read in the pod. */
public class CniDualStackSteps {

    private final Cni cni;
    private final CniDualStack dualStack;

    public CniDualStackSteps(Cni cni, CniDualStack dualStack) {
        this.cni = cni;
        this.dualStack = dualStack;
    }

    @Given("the CNI plugin {word} with cniVersion {word} on the subnets {cidr} and {cidr}")
    public void thePlugin(String name, String version, Cidr subnet, Cidr subnet6) {
        cni.useDualStack(DualStackPlugins.named(name), new CniVersion(version), subnet, subnet6);
    }

    @Then("{link} holds the IPv4 and the IPv6 address the result for {netns} gave")
    public void holdsBoth(LinkRef link, NamespaceName pod) {
        dualStack.expectHoldsBothFamilies(link, pod);
    }

    @Then("the IPv6 address of {netns} on {link} has passed DAD: neither tentative nor dadfailed")
    public void settled(NamespaceName pod, LinkRef link) {
        dualStack.expectIpv6Settled(link, pod);
    }

    @Then("{netns} routes IPv6 through the IPv6 gateway of its result")
    public void ipv6DefaultRoute(NamespaceName pod) {
        dualStack.expectIpv6DefaultRoute(pod);
    }

    @When("someone adds the IPv6 address of {netns} to {link}")
    public void addsDuplicate(NamespaceName pod, LinkRef link) {
        dualStack.addIpv6AddressOf(pod, link);
    }

    @Then("{link} holds the IPv6 address of {netns} marked dadfailed")
    public void dadFailed(LinkRef link, NamespaceName pod) {
        dualStack.expectDadFailed(link, pod);
    }
}
