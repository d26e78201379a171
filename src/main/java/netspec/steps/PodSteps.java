package netspec.steps;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.ContainerName;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.k8s.Containers;
import netspec.kernel.k8s.PauseProgram;
import netspec.kernel.k8s.Pods;

/** Pods and their containers: the namespaces they share, and what PID 1 of a pod does with orphans. */
public class PodSteps {

    private final Pods pods;
    private final Containers containers;

    public PodSteps(Pods pods, Containers containers) {
        this.pods = pods;
        this.containers = containers;
    }

    @ParameterType(name = "container", value = "[^\\s\"]+")
    public ContainerName container(String text) {
        return new ContainerName(text);
    }

    @Given("a pod {netns}")
    public void aPod(NamespaceName name) {
        pods.start(name, PauseProgram.SLEEP);
    }

    @Given("a pod {netns} whose PID 1 is tini")
    public void aPodWithTini(NamespaceName name) {
        pods.start(name, PauseProgram.TINI);
    }

    @Given("a pod {netns} whose PID 1 is a plain sleep")
    public void aPodWithSleep(NamespaceName name) {
        pods.start(name, PauseProgram.SLEEP);
    }

    /** Wired as the CNI bridge plugin wires it, its gateway the subnet's first address. */
    @Given("a pod {netns} plugged into {iface} at {cidr}")
    public void aPluggedPod(NamespaceName name, InterfaceName bridge, Cidr address) {
        pods.startPlugged(name, bridge, address);
    }

    @Given("a container {container} in {netns}")
    public void aContainer(ContainerName name, NamespaceName pod) {
        containers.startSleeping(name, pod);
    }

    @Given("a container {container} in {netns} listening on 127.0.0.1 port {port}")
    public void aListener(ContainerName name, NamespaceName pod, int port) {
        containers.startEchoListener(name, pod, port);
    }

    @When("container {container} connects to 127.0.0.1 port {port}")
    public void connects(ContainerName name, int port) {
        containers.connect(name, port);
    }

    @Then("the connection is answered")
    public void answered() {
        containers.expectConnectionAnswered();
    }

    @Then("the connection is refused")
    public void refused() {
        containers.expectConnectionRefused();
    }

    @Then("container {container} is in the network namespace of {netns}")
    public void sameNetworkNamespace(ContainerName name, NamespaceName pod) {
        containers.expectInNetworkNamespaceOf(name, pod);
    }

    @Then("container {container} is not in the network namespace of {netns}")
    public void otherNetworkNamespace(ContainerName name, NamespaceName pod) {
        containers.expectNotInNetworkNamespaceOf(name, pod);
    }

    @When("container {container} creates a System V message queue")
    public void createsQueue(ContainerName name) {
        containers.createMessageQueue(name);
    }

    @Then("container {container} sees that message queue")
    public void seesQueue(ContainerName name) {
        containers.expectSeesQueue(name);
    }

    @Then("container {container} does not see that message queue")
    public void doesNotSeeQueue(ContainerName name) {
        containers.expectDoesNotSeeQueue(name);
    }

    @Then("container {container} sees the host name {word}")
    public void seesHostname(ContainerName name, String hostname) {
        containers.expectHostname(name, hostname);
    }

    @Then("container {container} does not see the host name {word}")
    public void doesNotSeeHostname(ContainerName name, String hostname) {
        containers.expectNotHostname(name, hostname);
    }

    @When("a process in {netns} leaves an orphan behind")
    public void leavesOrphan(NamespaceName pod) {
        pods.leaveOrphan(pod);
    }

    @Then("the orphan is reaped: it is gone from the process table")
    public void orphanReaped() {
        pods.expectOrphanReaped();
    }

    @Then("the orphan stays in the process table as a zombie, a child of PID 1 of {netns}")
    public void orphanStaysZombie(NamespaceName pod) {
        pods.expectOrphanZombie(pod);
    }
}
