package netspec.kernel.k8s;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.ContainerName;
import netspec.evidence.args.NamespaceName;
import netspec.lab.BackgroundProcess;
import netspec.lab.EarlierStep;
import netspec.lab.Lab;
import netspec.lab.StandardInput;
import netspec.lab.StepFailure;
import netspec.linux.MessageQueue;
import netspec.linux.NamespaceIdentity;
import netspec.shell.CommandResult;

/**
 * The containers of a scenario's pods: a container is a process that joins its pod's network, IPC and UTS
 * namespaces with {@code nsenter --target <pause>}. Its facts are read from /proc and from tools that show the
 * caller's own namespaces (ipcs, hostname).
 *
 * <pre>{@code
 * containers.start(app, pod1, "sleep", "infinity");   // nsenter --target PAUSE --net --ipc --uts -- sleep infinity
 * containers.expectInNetworkNamespaceOf(app, pod1);
 * }</pre>
 */
public final class Containers {

    /** What the kernel keeps of a program's name in /proc/PID/comm: 15 bytes. */
    private static final int COMM_LENGTH = 15;

    private final Lab lab;
    private final Pods pods;
    private final Map<ContainerName, Container> containers = new LinkedHashMap<>();
    private Reading<CommandResult> lastConnection;
    private String lastMessage;
    private MessageQueue lastQueue;

    public Containers(Lab lab, Pods pods) {
        this.lab = lab;
        this.pods = pods;
    }

    /** A container that runs argv in the pod's namespaces until the sandbox ends. */
    public Container start(ContainerName name, NamespaceName podName, String... argv) {
        if (containers.containsKey(name)) {
            throw new IllegalArgumentException("there is already a container " + name + " in this scenario");
        }
        Pod pod = pods.pod(podName);
        List<String> command = new ArrayList<>(List.of("nsenter", "--target", Long.toString(pod.pid()),
                "--net", "--ipc", "--uts", "--"));
        command.addAll(List.of(argv));
        BackgroundProcess process = BackgroundProcess.start(lab, "container " + name + " of " + pod, Place.HOST,
                "/tmp/netspec-container-" + name + ".log", command.toArray(String[]::new));
        // nsenter becomes the program once it has joined the namespaces; until then /proc names sh or nsenter
        String program = argv[0].substring(argv[0].lastIndexOf('/') + 1);
        String comm = program.length() > COMM_LENGTH ? program.substring(0, COMM_LENGTH) : program;
        Pods.await("container " + name + " to run " + program, () -> comm(process.pid()).filter(comm::equals),
                () -> process.output(lab));
        Container container = new Container(name, pod, process);
        containers.put(name, container);
        return container;
    }

    public Container startSleeping(ContainerName name, NamespaceName pod) {
        return start(name, pod, "sleep", "infinity");
    }

    /** A container whose process echoes back whatever a client sends to 127.0.0.1:port. */
    public Container startEchoListener(ContainerName name, NamespaceName podName, int port) {
        checkPort(port);
        Container container = start(name, podName, "socat",
                "TCP-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr,fork", "EXEC:cat");
        Pods.await("container " + name + " to listen on 127.0.0.1:" + port, () -> {
            CommandResult listening = lab.read(container.pod().place(), "ss", "-Hltn", "sport = :" + port);
            return listening.succeeded() && !listening.stdout().isBlank() ? Optional.of(true) : Optional.empty();
        }, () -> container.process().output(lab));
        return container;
    }

    /**
     * Sends a line from the container to 127.0.0.1:port with socat and keeps what came back. socat stops waiting
     * for the echo 0.5 s after its input ends unless told otherwise; -t 5 lets a loaded host answer, and costs
     * nothing when the listener answers and closes at once.
     */
    public Reading<CommandResult> connect(ContainerName from, int port) {
        checkPort(port);
        Container container = container(from);
        lastMessage = "hello from " + container.name();
        CommandResult result = lab.attempt(Place.HOST, Duration.ofSeconds(10), StandardInput.feeding(lastMessage,
                nsenter(container, "--net", "socat", "-t", "5", "-T", "5", "-", "TCP:127.0.0.1:" + port)));
        lastConnection = new Reading<>(Place.HOST, result, result);
        return lastConnection;
    }

    public void expectConnectionAnswered() {
        Reading<CommandResult> connection = lastConnection();
        Facts.expect("the listener echoes back \"" + lastMessage + "\"", connection,
                r -> r.succeeded() && r.stdout().contains(lastMessage), Containers::describeConnection);
    }

    /** A positive observation (the kernel's "Connection refused"), not the mere absence of an answer. */
    public void expectConnectionRefused() {
        Facts.expect("the connection is refused", lastConnection(),
                r -> !r.succeeded() && r.stderr().contains("Connection refused"), Containers::describeConnection);
    }

    public void expectInNetworkNamespaceOf(ContainerName name, NamespaceName pod) {
        Facts.expect("container " + name + " is in the network namespace of the pause process of " + pod,
                networkNamespaces(name, pod), ids -> ids.get(0).equals(ids.get(1)),
                ids -> describeNamespaces(name, pod, ids));
    }

    /** Both identities are read in one go, so the inequality is between two namespaces that exist. */
    public void expectNotInNetworkNamespaceOf(ContainerName name, NamespaceName pod) {
        Facts.expect("container " + name + " is not in the network namespace of the pause process of " + pod,
                networkNamespaces(name, pod), ids -> !ids.get(0).equals(ids.get(1)),
                ids -> describeNamespaces(name, pod, ids));
    }

    public MessageQueue createMessageQueue(ContainerName name) {
        Container container = container(name);
        CommandResult made = lab.run("creating a message queue in " + container, Place.HOST,
                nsenter(container, "--ipc", "ipcmk", "-Q"));
        int id = MessageQueue.parseIpcmkId(made.stdout());
        Reading<List<MessageQueue>> queues = messageQueues(name);
        lastQueue = queues.value().stream().filter(q -> q.id() == id).findFirst().orElseThrow(
                () -> new StepFailure("finding queue " + id + " that ipcmk made", Place.HOST, queues.result()));
        return lastQueue;
    }

    public void expectSeesQueue(ContainerName name) {
        MessageQueue queue = lastQueue();
        Facts.expect("container " + name + " sees " + queue, messageQueues(name),
                queues -> queues.stream().anyMatch(q -> sameQueue(q, queue)), Containers::describeQueues);
    }

    /** Its positive control: the creating container saw the queue in its own namespace ({@link #createMessageQueue}). */
    public void expectDoesNotSeeQueue(ContainerName name) {
        MessageQueue queue = lastQueue();
        Facts.expect("container " + name + " does not see " + queue + ", which its creator saw",
                messageQueues(name), queues -> queues.stream().noneMatch(q -> sameQueue(q, queue)),
                Containers::describeQueues);
    }

    public void expectHostname(ContainerName name, String hostname) {
        Facts.expect("container " + name + " sees the host name " + hostname, hostname(name),
                hostname::equals, seen -> "its host name is " + seen);
    }

    public void expectNotHostname(ContainerName name, String hostname) {
        Facts.expectAbsent("container " + name + " does not see the host name " + hostname, hostname(name),
                new Facts.Control<>("a host name was read", seen -> !seen.isBlank(), seen -> "hostname printed nothing"),
                seen -> !hostname.equals(seen), seen -> "its host name is " + seen);
    }

    /** The network namespace of the container and of the pod's pause process, read in one go. */
    private Reading<List<NamespaceIdentity>> networkNamespaces(ContainerName name, NamespaceName podName) {
        Container container = container(name);
        Pod pod = pods.pod(podName);
        return pods.readOnHost("reading namespace links", text -> text.lines().map(NamespaceIdentity::parse).toList(),
                "readlink", "/proc/" + container.pid() + "/ns/net", "/proc/" + pod.pid() + "/ns/net");
    }

    /** The System V message queues the container's IPC namespace holds, as ipcs lists them there. */
    private Reading<List<MessageQueue>> messageQueues(ContainerName name) {
        return pods.readOnHost("listing message queues", MessageQueue::parseIpcs,
                nsenter(container(name), "--ipc", "ipcs", "-q"));
    }

    /** The host name of the container's UTS namespace. */
    private Reading<String> hostname(ContainerName name) {
        return pods.readOnHost("reading the host name", String::strip, nsenter(container(name), "--uts", "hostname"));
    }

    private Reading<CommandResult> lastConnection() {
        return EarlierStep.require(lastConnection, "no connection was made",
                "When container sidecar connects to 127.0.0.1 port 8080");
    }

    private MessageQueue lastQueue() {
        return EarlierStep.require(lastQueue, "no message queue was created",
                "When container app creates a System V message queue");
    }

    private Container container(ContainerName name) {
        Container container = containers.get(name);
        if (container == null) {
            throw new IllegalArgumentException("there is no container " + name + " in this scenario"
                    + (containers.isEmpty() ? "" : " (it has: " + containers.keySet() + ")")
                    + "; add a step like 'Given a container " + name + " in pod1'");
        }
        return container;
    }

    private static String[] nsenter(Container container, String namespace, String... argv) {
        List<String> command = new ArrayList<>(List.of("nsenter", "--target", Long.toString(container.pid()),
                namespace, "--"));
        command.addAll(List.of(argv));
        return command.toArray(String[]::new);
    }

    private Optional<String> comm(long pid) {
        CommandResult comm = lab.read(Place.HOST, "cat", "/proc/" + pid + "/comm");
        return comm.succeeded() ? Optional.of(comm.stdout().strip()) : Optional.empty();
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

    private static void checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is invalid: use 1 to 65535");
        }
    }
}
