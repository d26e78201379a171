package netspec.steps;

import io.cucumber.java.en.Then;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.k8s.Cni;

/** What the plugin answered: the exit status and the JSON on stdout, judged by the CNI specification. */
public class CniAnswerSteps {

    private final Cni cni;

    public CniAnswerSteps(Cni cni) {
        this.cni = cni;
    }

    @Then("the plugin succeeds")
    public void succeeds() {
        cni.expectSucceeded();
    }

    @Then("the plugin fails with the error code {int}")
    public void failsWith(int code) {
        cni.expectError(code);
    }

    @Then("the plugin fails with the error code {int} naming {word}")
    public void failsNaming(int code, String variable) {
        cni.expectErrorNaming(code, variable);
    }

    @Then("the plugin fails with an error code of its own")
    public void failsWithItsOwnCode() {
        cni.expectErrorOfItsOwn();
    }

    @Then("the plugin lists the versions it supports, among them the configured one")
    public void listsVersions() {
        cni.expectSupportsConfiguredVersion();
    }

    @Then("the result for {netns} is of the configured cniVersion")
    public void ofDeclaredVersion(NamespaceName pod) {
        cni.expectResultOfConfiguredVersion(pod);
    }

    @Then("the result for {netns} lists {iface} in the network namespace of {netns}")
    public void listsSandboxInterface(NamespaceName pod, InterfaceName ifname, NamespaceName netns) {
        cni.expectListsSandboxInterface(pod, ifname, netns);
    }

    @Then("the result for {netns} lists the bridge {iface}, a veth on the host and {iface} in {netns}")
    public void listsBridgeVethAndPodInterface(NamespaceName pod, InterfaceName bridge,
                                              InterfaceName ifname, NamespaceName netns) {
        cni.expectListsBridgeVethAndPodInterface(pod, bridge, ifname, netns);
    }
}
