package netspec.lab;

import netspec.evidence.Place;
import netspec.evidence.Reading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import netspec.evidence.args.ContainerName;
import netspec.evidence.args.NamespaceName;
import netspec.linux.MessageQueue;
import netspec.linux.NamespaceIdentity;
import netspec.linux.ProcessEntry;
import netspec.linux.ProcessTable;
import netspec.shell.CommandResult;

/**
 * The pods of one scenario, made the way containerd and CRI-O make them: the runtime names the pod's network
 * namespace, then starts the pause process inside it with new IPC, UTS and PID namespaces. A container is a
 * process that joins them with {@code nsenter --target <pause>}. Facts about them are read from /proc and
 * from tools that show the caller's own namespaces (ipcs, hostname).
 */
public final class Pods {

    private static final Duration READY_WITHIN = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 20;
    /** What the kernel keeps of a program's name in /proc/PID/comm: 15 bytes. */
    private static final int COMM_LENGTH = 15;

    private final Lab lab;
    private final Map<NamespaceName, Pod> pods = new LinkedHashMap<>();
    private final Map<ContainerName, Container> containers = new LinkedHashMap<>();
    private Reading<CommandResult> lastConnection;
    private String lastMessage;
    private MessageQueue lastQueue;
    private Orphan lastOrphan;

    public Pods(Lab lab) {
        this.lab = lab;
    }

    public Pod start(NamespaceName name, PauseProgram pause) {
        if (pods.containsKey(name)) {
            throw new IllegalArgumentException("there is already a pod " + name + " in this scenario");
        }
        lab.addNamespace(name);
        List<String> argv = new ArrayList<>(List.of("unshare", "--ipc", "--uts", "--pid", "--fork"));
        argv.addAll(pause.argv());
        BackgroundProcess unshare = BackgroundProcess.start(lab, "the pause process of " + name, Place.of(name),
                "/tmp/netspec-pause-" + name + ".log", argv.toArray(String[]::new));
        // with --fork, unshare waits for its child: that child is PID 1 of the new PID namespace
        long pid = await("the pause process of " + name, () -> firstChild(unshare.pid()),
                () -> unshare.output(lab));
        lab.run("giving " + name + " its hostname, as a runtime does", Place.HOST,
                "nsenter", "--target", Long.toString(pid), "--uts", "hostname", name.value());
        Pod pod = new Pod(name, pid, pause);
        pods.put(name, pod);
        return pod;
    }

    /** A container that runs argv in the pod's namespaces until the sandbox ends. */
    public Container startContainer(ContainerName name, NamespaceName podName, String... argv) {
        if (containers.containsKey(name)) {
            throw new IllegalArgumentException("there is already a container " + name + " in this scenario");
        }
        Pod pod = pod(podName);
        List<String> command = new ArrayList<>(List.of("nsenter", "--target", Long.toString(pod.pid()),
                "--net", "--ipc", "--uts", "--"));
        command.addAll(List.of(argv));
        BackgroundProcess process = BackgroundProcess.start(lab, "container " + name + " of " + pod, Place.HOST,
                "/tmp/netspec-container-" + name + ".log", command.toArray(String[]::new));
        // nsenter becomes the program once it has joined the namespaces; until then /proc names sh or nsenter
        String program = argv[0].substring(argv[0].lastIndexOf('/') + 1);
        String comm = program.length() > COMM_LENGTH ? program.substring(0, COMM_LENGTH) : program;
        await("container " + name + " to run " + program, () -> comm(process.pid()).filter(comm::equals),
                () -> process.output(lab));
        Container container = new Container(name, pod, process);
        containers.put(name, container);
        return container;
    }

    /** A container whose process echoes back whatever a client sends to 127.0.0.1:port. */
    public Container startEchoListener(ContainerName name, NamespaceName podName, int port) {
        checkPort(port);
        Container container = startContainer(name, podName, "socat",
                "TCP-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr,fork", "EXEC:cat");
        await("container " + name + " to listen on 127.0.0.1:" + port, () -> {
            CommandResult listening = lab.read(container.pod().place(), "ss", "-Hltn", "sport = :" + port);
            return listening.succeeded() && !listening.stdout().isBlank() ? Optional.of(true) : Optional.empty();
        }, () -> container.process().output(lab));
        return container;
    }

    /** Sends a line from the container to 127.0.0.1:port with socat and keeps what came back. */
    public Reading<CommandResult> connect(ContainerName from, int port) {
        checkPort(port);
        Container container = container(from);
        lastMessage = "hello from " + container.name();
        CommandResult result = lab.attempt(Place.HOST, Duration.ofSeconds(10), StandardInput.feeding(lastMessage,
                nsenter(container, "--net", "socat", "-T", "2", "-", "TCP:127.0.0.1:" + port)));
        lastConnection = new Reading<>(Place.HOST, result, result);
        return lastConnection;
    }

    public Reading<CommandResult> lastConnection() {
        return EarlierStep.require(lastConnection, "no connection was made",
                "When container sidecar connects to 127.0.0.1 port 8080");
    }

    /** The line {@link #connect} sent, which an echoing listener sends back. */
    public String lastMessage() {
        lastConnection();
        return lastMessage;
    }

    /** The network namespace of the container and of the pod's pause process, read in one go. */
    public Reading<List<NamespaceIdentity>> networkNamespaces(ContainerName name, NamespaceName podName) {
        Container container = container(name);
        Pod pod = pod(podName);
        return read("reading namespace links", text -> text.lines().map(NamespaceIdentity::parse).toList(), "readlink",
                "/proc/" + container.pid() + "/ns/net", "/proc/" + pod.pid() + "/ns/net");
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

    public MessageQueue lastQueue() {
        return EarlierStep.require(lastQueue, "no message queue was created",
                "When container app creates a System V message queue");
    }

    /** The System V message queues the container's IPC namespace holds, as ipcs lists them there. */
    public Reading<List<MessageQueue>> messageQueues(ContainerName name) {
        return read("listing message queues", MessageQueue::parseIpcs, nsenter(container(name), "--ipc", "ipcs", "-q"));
    }

    /** The host name of the container's UTS namespace. */
    public Reading<String> hostname(ContainerName name) {
        return read("reading the host name", String::strip, nsenter(container(name), "--uts", "hostname"));
    }

    /**
     * A process of the pod (it joins the pod's PID namespace) starts a child and exits at once; the child,
     * a one-second sleep, is handed to PID 1 of the pod. Returns it once the process table shows it there.
     */
    public Orphan leaveOrphan(NamespaceName podName) {
        Pod pod = pod(podName);
        long pidNamespace = pidNamespace(pod).inode();
        Set<Long> before = processTable().value().inPidNamespace(pidNamespace).stream()
                .map(ProcessEntry::pid).collect(Collectors.toSet());
        lab.run("a process in " + pod + " that leaves its child behind", Place.HOST, "nsenter", "--target",
                Long.toString(pod.pid()), "--pid", "--", "sh", "-c", "sleep 1 >/dev/null 2>&1 & exit 0");
        long orphan = await("the orphan to appear under PID 1 of " + pod, () -> processTable().value()
                        .inPidNamespace(pidNamespace).stream()
                        .filter(p -> !before.contains(p.pid()) && p.ppid() == pod.pid())
                        .map(ProcessEntry::pid).findFirst(),
                () -> processTable().result().stdout());
        lastOrphan = new Orphan(pod, orphan);
        return lastOrphan;
    }

    public Orphan lastOrphan() {
        return EarlierStep.require(lastOrphan, "no orphan was left", "When a process in pod1 leaves an orphan behind");
    }

    /** Every process of the sandbox, with its PID namespace. */
    public Reading<ProcessTable> processTable() {
        return read("reading the process table", ProcessTable::parse, "ps", "-e", "-o", ProcessTable.COLUMNS);
    }

    public NamespaceIdentity pidNamespace(Pod pod) {
        return read("reading the PID namespace of " + pod, NamespaceIdentity::parse,
                "readlink", "/proc/" + pod.pid() + "/ns/pid").value();
    }

    public Pod pod(NamespaceName name) {
        Pod pod = pods.get(name);
        if (pod == null) {
            throw new IllegalArgumentException("there is no pod " + name + " in this scenario"
                    + (pods.isEmpty() ? "" : " (it has: " + pods.keySet() + ")") + "; add a step like 'Given a pod " + name + "'");
        }
        return pod;
    }

    public Container container(ContainerName name) {
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

    private <T> Reading<T> read(String what, Function<String, T> parse, String... argv) {
        CommandResult result = lab.read(Place.HOST, argv);
        if (!result.succeeded()) {
            throw new StepFailure(what, Place.HOST, result);
        }
        return new Reading<>(Place.HOST, result, parse.apply(result.stdout()));
    }

    private Optional<Long> firstChild(long pid) {
        CommandResult children = lab.read(Place.HOST, "cat", "/proc/" + pid + "/task/" + pid + "/children");
        String text = children.stdout().strip();
        return children.succeeded() && !text.isEmpty() ? Optional.of(Long.parseLong(text.split("\\s+")[0]))
                : Optional.empty();
    }

    private Optional<String> comm(long pid) {
        CommandResult comm = lab.read(Place.HOST, "cat", "/proc/" + pid + "/comm");
        return comm.succeeded() ? Optional.of(comm.stdout().strip()) : Optional.empty();
    }

    /** Polls until probe gives a value; on time-out says what was awaited and what the process printed. */
    private static <T> T await(String what, Supplier<Optional<T>> probe, Supplier<String> output) {
        long end = System.nanoTime() + READY_WITHIN.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > end) {
                String said = output.get();
                throw new IllegalStateException("waited " + READY_WITHIN.toSeconds() + " s for " + what
                        + (said.isBlank() ? "" : "; it printed: " + said));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    private static void checkPort(int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is invalid: use 1 to 65535");
        }
    }
}
