package netspec.steps;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Orphan;
import netspec.lab.PauseProgram;
import netspec.lab.Pods;
import netspec.evidence.args.ContainerName;
import netspec.evidence.args.NamespaceName;
import netspec.linux.MessageQueue;
import netspec.linux.NamespaceIdentity;
import netspec.linux.ProcessEntry;
import netspec.evidence.Facts;
import netspec.shell.CommandResult;

/** Pods and their containers: the namespaces they share, and what PID 1 of a pod does with orphans. */
public class PodSteps {

    /** The orphan sleeps one second; then PID 1 has had ample time to wait for it, or not. */
    private static final Duration ORPHAN_ENDS_WITHIN = Duration.ofSeconds(5);

    private final Pods pods;

    public PodSteps(Pods pods) {
        this.pods = pods;
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

    @Given("a container {container} in {netns}")
    public void aContainer(ContainerName name, NamespaceName pod) {
        pods.startContainer(name, pod, "sleep", "infinity");
    }

    @Given("a container {container} in {netns} listening on 127.0.0.1 port {port}")
    public void aListener(ContainerName name, NamespaceName pod, int port) {
        pods.startEchoListener(name, pod, port);
    }

    @When("container {container} connects to 127.0.0.1 port {port}")
    public void connects(ContainerName name, int port) {
        pods.connect(name, port);
    }

    @Then("the connection is answered")
    public void answered() {
        String sent = pods.lastMessage();
        Facts.expect("the listener echoes back \"" + sent + "\"", pods.lastConnection(),
                r -> r.succeeded() && r.stdout().contains(sent), PodSteps::describeConnection);
    }

    @Then("the connection is refused")
    public void refused() {
        Facts.expect("the connection is refused", pods.lastConnection(),
                r -> !r.succeeded() && r.stderr().contains("Connection refused"), PodSteps::describeConnection);
    }

    @Then("container {container} is in the network namespace of {netns}")
    public void sameNetworkNamespace(ContainerName name, NamespaceName pod) {
        Facts.expect("container " + name + " is in the network namespace of the pause process of " + pod,
                pods.networkNamespaces(name, pod), ids -> ids.get(0).equals(ids.get(1)),
                ids -> describeNamespaces(name, pod, ids));
    }

    @Then("container {container} is not in the network namespace of {netns}")
    public void otherNetworkNamespace(ContainerName name, NamespaceName pod) {
        Facts.expect("container " + name + " is not in the network namespace of the pause process of " + pod,
                pods.networkNamespaces(name, pod), ids -> !ids.get(0).equals(ids.get(1)),
                ids -> describeNamespaces(name, pod, ids));
    }

    @When("container {container} creates a System V message queue")
    public void createsQueue(ContainerName name) {
        pods.createMessageQueue(name);
    }

    @Then("container {container} sees that message queue")
    public void seesQueue(ContainerName name) {
        MessageQueue queue = pods.lastQueue();
        Facts.expect("container " + name + " sees " + queue, pods.messageQueues(name),
                queues -> queues.stream().anyMatch(q -> sameQueue(q, queue)), PodSteps::describeQueues);
    }

    @Then("container {container} does not see that message queue")
    public void doesNotSeeQueue(ContainerName name) {
        MessageQueue queue = pods.lastQueue();
        Facts.expect("container " + name + " does not see " + queue, pods.messageQueues(name),
                queues -> queues.stream().noneMatch(q -> sameQueue(q, queue)), PodSteps::describeQueues);
    }

    @Then("container {container} sees the host name {word}")
    public void seesHostname(ContainerName name, String hostname) {
        Facts.expect("container " + name + " sees the host name " + hostname, pods.hostname(name),
                hostname::equals, seen -> "its host name is " + seen);
    }

    @Then("container {container} does not see the host name {word}")
    public void doesNotSeeHostname(ContainerName name, String hostname) {
        Facts.expect("container " + name + " does not see the host name " + hostname, pods.hostname(name),
                seen -> !hostname.equals(seen), seen -> "its host name is " + seen);
    }

    @When("a process in {netns} leaves an orphan behind")
    public void leavesOrphan(NamespaceName pod) {
        pods.leaveOrphan(pod);
    }

    @Then("the orphan is reaped: it is gone from the process table")
    public void orphanReaped() {
        Orphan orphan = pods.lastOrphan();
        Facts.eventually("the orphan (pid " + orphan.pid() + ") is reaped and gone from the process table",
                pods::processTable, table -> table.process(orphan.pid()).isEmpty(),
                table -> table.process(orphan.pid()).map(ProcessEntry::toString).orElse("gone"), ORPHAN_ENDS_WITHIN);
    }

    @Then("the orphan stays in the process table as a zombie, a child of PID 1 of {netns}")
    public void orphanStaysZombie(NamespaceName podName) {
        Orphan orphan = pods.lastOrphan();
        long pid1 = pods.pod(podName).pid();
        Facts.eventually("the orphan (pid " + orphan.pid() + ") is a zombie (state Z) whose parent is PID 1 of "
                        + podName + " (pid " + pid1 + ")", pods::processTable,
                table -> table.process(orphan.pid()).filter(p -> p.isZombie() && p.ppid() == pid1).isPresent(),
                table -> table.process(orphan.pid()).map(ProcessEntry::toString).orElse("gone: something reaped it"),
                ORPHAN_ENDS_WITHIN);
    }

    private static boolean sameQueue(MessageQueue seen, MessageQueue made) {
        return seen.id() == made.id() && seen.key().equals(made.key());
    }

    private static String describeQueues(List<MessageQueue> queues) {
        return queues.isEmpty() ? "no message queue at all"
                : queues.stream().map(MessageQueue::toString).collect(Collectors.joining(", "));
    }

    private static String describeNamespaces(ContainerName name, NamespaceName pod, List<NamespaceIdentity> ids) {
        return "container " + name + " is in " + ids.get(0) + ", the pause process of " + pod + " in " + ids.get(1);
    }

    private static String describeConnection(CommandResult result) {
        String said = (result.stdout() + result.stderr()).strip();
        return "exit " + result.exitStatus() + (said.isEmpty() ? ", nothing printed" : ": " + said);
    }
}
