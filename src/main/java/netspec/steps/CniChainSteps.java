package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.Place;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.CniVersion;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.Sysctls;
import netspec.kernel.k8s.CniChainEffects;
import netspec.kernel.k8s.CniLists;
import netspec.lab.cni.NetworkLists;

/**
 * A runtime running a network configuration list (ADD in order with each plugin's prevResult, CHECK with the
 * cached result, DEL in reverse order), and what its chained plugins did, read back from the kernel.
 */
public class CniChainSteps {

    private final CniLists lists;
    private final CniChainEffects effects;
    private final Sysctls sysctls;

    public CniChainSteps(CniLists lists, CniChainEffects effects, Sysctls sysctls) {
        this.lists = lists;
        this.effects = effects;
        this.sysctls = sysctls;
    }

    @Given("the CNI network list {word} with cniVersion {word} on the subnet {cidr}")
    public void theList(String name, String version, Cidr subnet) {
        lists.use(NetworkLists.named(name), new CniVersion(version), subnet);
    }

    @Given("the runtime maps the host port {port} to port {port} of {netns}")
    public void mapsPort(int hostPort, int containerPort, NamespaceName pod) {
        lists.mapPort(pod, hostPort, containerPort);
    }

    @Given("the runtime asks for the MAC address {word} for {netns}")
    public void asksMac(String mac, NamespaceName pod) {
        lists.askMac(pod, mac);
    }

    @Given("{netns} has been added through the network list")
    public void added(NamespaceName pod) {
        lists.addSuccessfully(pod);
    }

    @Given("{netns} answers {string} on TCP port {port}")
    public void answers(NamespaceName pod, String answer, int port) {
        effects.answerOn(pod, answer, port);
    }

    @When("the runtime adds {netns} through the network list")
    public void adds(NamespaceName pod) {
        lists.add(pod);
    }

    @When("the runtime checks {netns} through the network list")
    public void checks(NamespaceName pod) {
        lists.check(pod);
    }

    @When("the runtime deletes {netns} through the network list")
    public void deletes(NamespaceName pod) {
        lists.delete(pod);
    }

    @When("{netns} sends {int} bytes over TCP to {ip}")
    public void sends(NamespaceName pod, int bytes, IpAddress address) {
        effects.send(pod, bytes, address);
    }

    @Then("every plugin of the list succeeds, called in the list's order")
    public void everySucceededInOrder() {
        lists.expectEveryPluginSucceeded(false);
    }

    @Then("every plugin of the list succeeds, called in reverse order")
    public void everySucceededInReverse() {
        lists.expectEveryPluginSucceeded(true);
    }

    @Then("the list stops at {word}, which fails with an error code of its own")
    public void stopsAt(String type) {
        lists.expectFailedAt(type);
    }

    @Then("every chained plugin passed on the result for {netns} with only its own changes")
    public void onlyOwnChanges(NamespaceName pod) {
        lists.expectOnlyOwnChanges(pod);
    }

    @Then("the list's result for {netns} matches the kernel")
    public void matchesKernel(NamespaceName pod) {
        lists.expectMatchesKernel(pod);
    }

    @Then("eth0 in {netns} has the MAC address the runtime asked for")
    public void askedMac(NamespaceName pod) {
        effects.expectAskedMac(pod);
    }

    @Then("the sysctl {word} is {word} in {place}")
    public void sysctl(String key, String value, Place place) {
        sysctls.expect(place, key, value);
    }

    @Then("the nat table of the host DNATs TCP port {port} to port {port} of {netns}")
    public void dnat(int hostPort, int containerPort, NamespaceName pod) {
        effects.expectDnat(hostPort, pod, containerPort);
    }

    @Then("the nat table of the host DNATs TCP port {port} nowhere")
    public void noDnat(int hostPort) {
        effects.expectNoDnat(hostPort);
    }

    @Then("the firewall's chain CNI-FORWARD accepts the traffic of {netns}")
    public void firewallAccepts(NamespaceName pod) {
        effects.expectFirewallAccepts(pod);
    }

    @Then("the firewall's chain CNI-FORWARD no longer names the address of {netns}")
    public void firewallForgot(NamespaceName pod) {
        effects.expectFirewallForgot(pod);
    }

    @Then("the veth and the ifb device of {netns} on the host each have a tbf qdisc of {int} bytes per second")
    public void shaped(NamespaceName pod, int bytesPerSecond) {
        effects.expectShaped(pod, bytesPerSecond);
    }

    @Then("the transfer took at least as long as the tbf qdisc of the sender's ifb device needs for it")
    public void transferWithinTbf() {
        effects.expectTransferWithinTbf();
    }

    @Then("the host interfaces of the list's result for {netns} are gone, but the bridge")
    public void hostInterfacesGone(NamespaceName pod) {
        effects.expectHostInterfacesGone(pod);
    }
}
