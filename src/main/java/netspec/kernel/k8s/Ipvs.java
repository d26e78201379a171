package netspec.kernel.k8s;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.k8s.TcpServers;
import netspec.k8s.VirtualService;
import netspec.kernel.Addresses;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.lab.StepFailure;
import netspec.linux.IpvsStats;
import netspec.linux.Route;
import netspec.shell.CommandResult;

/**
 * What kube-proxy in IPVS mode does on a node, here the sandbox's host: IPVS virtual services with
 * masqueraded (NAT) real servers, programmed with ipvsadm; the service addresses on the dummy device
 * kube-ipvs0; what it needs from the node's netfilter and bridge; and its backends, pods answering on a port.
 *
 * <pre>{@code
 * ipvs.addService(new VirtualService(1.2.3.4, 80), "rr");   // ipvsadm --add-service --tcp-service 1.2.3.4:80 ...
 * ipvs.addRealServer(service, new VirtualService(10.244.0.2, 80));
 * ipvs.expectCounted(service, Map.of("10.244.0.2:80", 10L));
 * }</pre>
 */
public final class Ipvs {

    private static final Pattern SCHEDULER = Pattern.compile("[a-z]{2,5}");
    /** IPVS adds its per-CPU counters up in a kernel thread about every 2 s: ipvsadm shows them late. */
    private static final Duration COUNTERS_SETTLE = Duration.ofSeconds(6);

    private final Lab lab;
    private final Pods pods;
    private final Addresses addresses;
    private final netspec.kernel.Bridges bridges;
    private final List<VirtualService> realServers = new ArrayList<>();

    public Ipvs(Lab lab, Pods pods, netspec.kernel.Bridges bridges, Addresses addresses) {
        this.bridges = bridges;
        this.lab = lab;
        this.pods = pods;
        this.addresses = addresses;
    }

    public void forwardIpv4() {
        sysctl("letting the host route", "net.ipv4.ip_forward=1");
    }

    /** br_netfilter: whether bridged IPv4 traffic passes iptables' (and so IPVS's) hooks. */
    public void showBridgedTrafficToNetfilter(boolean shown) {
        sysctl((shown ? "showing bridged traffic to" : "hiding bridged traffic from") + " netfilter",
                "net.bridge.bridge-nf-call-iptables=" + (shown ? 1 : 0));
    }

    public void keepConntrackEntries() {
        sysctl("letting IPVS keep conntrack entries", "net.ipv4.vs.conntrack=1");
    }

    /** kubelet's hairpin-veth mode: a bridge port setting. */
    public void hairpin(InterfaceName port) {
        bridges.switchHairpinOn(new netspec.lab.LinkRef(port, Place.HOST));
    }

    /** A backend: a pod plugged into the host's bridge whose server writes {@code answer} to every connection. */
    public void startBackend(NamespaceName pod, InterfaceName bridge, Cidr address, String answer, int port) {
        pods.startPlugged(pod, bridge, address);
        TcpServers.answer(lab, Place.of(pod), answer, port);
    }

    public void addService(VirtualService service, String scheduler) {
        lab.run("adding the virtual service " + service, Place.HOST, "ipvsadm", "--add-service", "--tcp-service",
                service.toString(), "--scheduler", checked(scheduler));
    }

    public void addRealServer(VirtualService service, VirtualService realServer) {
        lab.run("adding " + realServer + " to " + service, Place.HOST, "ipvsadm", "--add-server", "--tcp-service",
                service.toString(), "--real-server", realServer.toString(), "--masquerading");
        realServers.add(realServer);
    }

    public void setScheduler(VirtualService service, String scheduler) {
        lab.run("setting the scheduler of " + service, Place.HOST, "ipvsadm", "--edit-service", "--tcp-service",
                service.toString(), "--scheduler", checked(scheduler));
    }

    public void setWeight(VirtualService service, VirtualService realServer, int weight) {
        if (weight < 0 || weight > 65535) {
            throw new InvalidStepArgument("weight", Integer.toString(weight), "use 0 to 65535");
        }
        lab.run("weighting " + realServer + " in " + service, Place.HOST, "ipvsadm", "--edit-server", "--tcp-service",
                service.toString(), "--real-server", realServer.toString(), "--masquerading", "--weight",
                Integer.toString(weight));
    }

    /** kube-proxy binds every service address to kube-ipvs0 and leaves the device down: the address is local all the same. */
    public void bindToDummy(IpAddress address, InterfaceName dummy) {
        lab.run("creating " + dummy, Place.HOST, "ip", "link", "add", dummy.value(), "type", "dummy");
        addresses.add(new LinkRef(dummy, Place.HOST), new Cidr(address, 32));
    }

    /**
     * kube-proxy's KUBE-LOOP-BACK: a connection from a real server to itself leaves with the node's address as
     * its source, so the server's answer comes back through the node to be translated. kube-proxy matches an
     * ipset (endpoint, port, source = endpoint); without ipset, one rule per real server does the same.
     */
    public void masqueradeLoopBack() {
        for (VirtualService server : realServers) {
            String ip = server.address().value() + "/32";
            lab.run("masquerading " + server + " to itself", Place.HOST, "iptables", "--table", "nat", "--append",
                    "POSTROUTING", "--source", ip, "--destination", ip, "--protocol", "tcp", "--dport",
                    Integer.toString(server.port()), "--jump", "MASQUERADE");
        }
    }

    /** @param expected connections per real server (ADDRESS:PORT); at least one row */
    public void expectCounted(VirtualService service, Map<String, Long> expected) {
        if (expected.isEmpty()) {
            throw new InvalidStepArgument("table of real servers", "(empty)", "list at least one real server");
        }
        Facts.eventually("IPVS counted " + expected + " connections to the real servers of " + service,
                () -> stats(service),
                stats -> expected.entrySet().stream().allMatch(e -> stats.of(e.getKey()) != null
                        && stats.of(e.getKey()).connections() == e.getValue()),
                Ipvs::describe, COUNTERS_SETTLE);
    }

    public void expectLocalAddress(IpAddress address, InterfaceName device) {
        Facts.expect(address + " is in the host's local table, on " + device, lab.kernel(Place.HOST).localRoutes(),
                routes -> routes.stream().anyMatch(r -> isLocal(r, address) && device.value().equals(r.dev())),
                routes -> describeLocal(routes, address));
    }

    /** Its positive control: the local table was read and holds the host's own addresses (127.0.0.1 at least). */
    public void expectNoLocalAddress(IpAddress address) {
        Facts.expectAbsent(address + " is not in the host's local table", lab.kernel(Place.HOST).localRoutes(),
                new Facts.Control<>("the local table holds the host's own addresses",
                        routes -> routes.stream().anyMatch(r -> "local".equals(r.type())), routes -> "it is empty"),
                routes -> routes.stream().noneMatch(r -> isLocal(r, address)), routes -> describeLocal(routes, address));
    }

    public Reading<IpvsStats> stats(VirtualService service) {
        CommandResult result = lab.read(Place.HOST, "ipvsadm", "--list", "--numeric", "--stats", "--exact",
                "--tcp-service", service.toString());
        if (!result.succeeded()) {
            throw new StepFailure("reading the counters of " + service, Place.HOST, result);
        }
        return new Reading<>(Place.HOST, result, IpvsStats.parse(result.stdout()));
    }

    private static String checked(String scheduler) {
        if (!SCHEDULER.matcher(scheduler).matches()) {
            throw new InvalidStepArgument("IPVS scheduler", scheduler, "name one like rr, wrr, lc, wlc, sh");
        }
        return scheduler;
    }

    private void sysctl(String what, String setting) {
        lab.run(what, Place.HOST, "sysctl", "-w", setting);
    }

    private static boolean isLocal(Route route, IpAddress address) {
        return "local".equals(route.type()) && address.value().equals(route.dst());
    }

    private static String describeLocal(List<Route> routes, IpAddress address) {
        return routes.stream().filter(r -> isLocal(r, address)).map(r -> "local " + r.dst() + " dev " + r.dev())
                .findFirst().orElse("no local route for " + address);
    }

    private static String describe(IpvsStats stats) {
        return stats.realServers().stream().map(r -> r.address() + " " + r.counters().connections())
                .collect(Collectors.joining(", ")) + " (connections per real server)";
    }
}
