package netspec.kernel.k8s;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.k8s.Ipv4Subnet;
import netspec.lab.BackgroundProcess;
import netspec.lab.EarlierStep;
import netspec.kernel.Addresses;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.lab.StepFailure;
import netspec.linux.NamespaceIdentity;
import netspec.linux.ProcessEntry;
import netspec.linux.ProcessTable;
import netspec.shell.CommandResult;

/**
 * The Kubernetes pods of one scenario, made the way containerd and CRI-O make them: the runtime names the pod's
 * network namespace (/run/netns/POD), then starts the pause process inside it with new IPC, UTS and PID
 * namespaces. How a pod is then plugged into a network is a separate act: by a CNI plugin ({@link Cni}), or
 * here by hand, as the bridge plugin does it (a veth pair whose node end is a port of the node's bridge).
 * Also what PID 1 of a pod does with the orphans handed to it.
 *
 * <pre>{@code
 * pods.start(pod1, PauseProgram.TINI);                 // unshare --ipc --uts --pid --fork tini -- sleep infinity
 * pods.plug(pod1, Place.HOST, cni0, 10.244.0.2/24, 10.244.0.1, OptionalInt.empty());
 * pods.leaveOrphan(pod1);
 * pods.expectOrphanReaped();
 * }</pre>
 */
public final class Pods {

    /** The pod's end of its veth pair, as kubelet names it. */
    public static final InterfaceName POD_INTERFACE = new InterfaceName("eth0");

    private static final Duration READY_WITHIN = Duration.ofSeconds(5);
    /** The orphan sleeps one second; then PID 1 has had ample time to wait for it, or not. */
    private static final Duration ORPHAN_ENDS_WITHIN = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 20;

    private final Lab lab;
    private final Addresses addresses;
    private final Map<NamespaceName, Pod> pods = new LinkedHashMap<>();
    private Orphan lastOrphan;

    public Pods(Lab lab, Addresses addresses) {
        this.lab = lab;
        this.addresses = addresses;
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

    /**
     * Plugs a pod into a bridge of {@code node} (the host, or a node's namespace) as the CNI bridge plugin does:
     * a veth pair veth-POD / eth0, the node end a port of the bridge, the pod's address on eth0 and a default
     * route through the gateway.
     *
     * @param mtu the MTU of both ends of the veth pair; the kernel's default (1500) when empty
     */
    public void plug(NamespaceName podName, Place node, InterfaceName bridge, Cidr address, IpAddress gateway,
                     OptionalInt mtu) {
        Pod pod = pod(podName);
        InterfaceName nodeEnd = nodeEnd(podName);
        List<String> veth = new ArrayList<>(List.of("ip", "link", "add", nodeEnd.value()));
        mtu.ifPresent(m -> veth.addAll(List.of("mtu", Integer.toString(m))));
        veth.addAll(List.of("type", "veth", "peer", "name", POD_INTERFACE.value()));
        mtu.ifPresent(m -> veth.addAll(List.of("mtu", Integer.toString(m))));
        veth.addAll(List.of("netns", podName.value()));
        lab.run("creating the veth pair of " + pod, node, veth.toArray(String[]::new));
        // the bridge side belongs to Bridges (netspec.kernel) once it exists; one command here meanwhile
        lab.run("attaching " + nodeEnd + " to " + bridge, node, "ip", "link", "set", nodeEnd.value(), "master",
                bridge.value(), "up");
        Place inside = pod.place();
        addresses.add(new LinkRef(POD_INTERFACE, inside), address);
        lab.run("bringing up eth0 in " + pod, inside, "ip", "link", "set", POD_INTERFACE.value(), "up");
        lab.run("routing " + pod + " through " + gateway, inside, "ip", "route", "add", "default", "via",
                gateway.value());
    }

    /** A pod on the host, plugged into a bridge of the host whose first address is its gateway. */
    public Pod startPlugged(NamespaceName name, InterfaceName bridge, Cidr address) {
        Pod pod = start(name, PauseProgram.SLEEP);
        plug(name, Place.HOST, bridge, address, Ipv4Subnet.containing(address).address(1), OptionalInt.empty());
        return pod;
    }

    public void expectDefaultRoute(NamespaceName pod, IpAddress gateway) {
        Facts.expect(pod + " has a default route via " + gateway, lab.kernel(Place.of(pod)).routes(),
                routes -> routes.stream().anyMatch(r -> r.isDefault() && gateway.value().equals(r.gateway())),
                routes -> "routes: " + routes.stream().map(r -> r.dst() + (r.gateway() == null ? "" : " via "
                        + r.gateway()) + (r.dev() == null ? "" : " dev " + r.dev())).collect(Collectors.joining("; ")));
    }

    /** The node end of a plugged pod's veth pair: veth-POD. */
    public static InterfaceName nodeEnd(NamespaceName pod) {
        try {
            return new InterfaceName("veth-" + pod.value());
        } catch (InvalidStepArgument e) {
            throw new InvalidStepArgument("pod name", pod.value(),
                    "the node end of its veth pair is named veth-" + pod.value() + ", and " + e.getMessage()
                            + "; use a pod name of at most 10 characters");
        }
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

    /** "Gone" has its positive control: {@link #leaveOrphan} saw the orphan under PID 1 before. */
    public void expectOrphanReaped() {
        Orphan orphan = lastOrphan();
        Facts.eventually("the orphan (pid " + orphan.pid() + "), seen under PID 1 of " + orphan.pod()
                        + ", is reaped and gone from the process table", this::processTable,
                table -> table.process(orphan.pid()).isEmpty(),
                table -> table.process(orphan.pid()).map(ProcessEntry::toString).orElse("gone"), ORPHAN_ENDS_WITHIN);
    }

    public void expectOrphanZombie(NamespaceName podName) {
        Orphan orphan = lastOrphan();
        long pid1 = pod(podName).pid();
        Facts.eventually("the orphan (pid " + orphan.pid() + ") is a zombie (state Z) whose parent is PID 1 of "
                        + podName + " (pid " + pid1 + ")", this::processTable,
                table -> table.process(orphan.pid()).filter(p -> p.isZombie() && p.ppid() == pid1).isPresent(),
                table -> table.process(orphan.pid()).map(ProcessEntry::toString).orElse("gone: something reaped it"),
                ORPHAN_ENDS_WITHIN);
    }

    public Orphan lastOrphan() {
        return EarlierStep.require(lastOrphan, "no orphan was left", "When a process in pod1 leaves an orphan behind");
    }

    /** Every process of the sandbox, with its PID namespace. */
    public Reading<ProcessTable> processTable() {
        return readOnHost("reading the process table", ProcessTable::parse, "ps", "-e", "-o", ProcessTable.COLUMNS);
    }

    public NamespaceIdentity pidNamespace(Pod pod) {
        return readOnHost("reading the PID namespace of " + pod, NamespaceIdentity::parse,
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

    /** Reads on the host, where /proc shows every process of the sandbox; a failed read fails the step. */
    <T> Reading<T> readOnHost(String what, Function<String, T> parse, String... argv) {
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

    /** Polls until probe gives a value; on time-out says what was awaited and what the process printed. */
    static <T> T await(String what, Supplier<Optional<T>> probe, Supplier<String> output) {
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
}
