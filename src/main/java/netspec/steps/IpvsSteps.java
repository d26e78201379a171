package netspec.steps;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.k8s.Ipv4Subnet;
import netspec.k8s.Ipvs;
import netspec.k8s.Pods;
import netspec.k8s.TcpAnswers;
import netspec.k8s.TcpServers;
import netspec.k8s.VirtualService;
import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.linux.IpvsStats;
import netspec.linux.Route;
import netspec.evidence.Facts;

/** kube-proxy's IPVS mode on the sandbox's host: pods on cni0 behind a virtual service, and who answered. */
public class IpvsSteps {

    /** IPVS adds its per-CPU counters up in a kernel thread about every 2 s: ipvsadm shows them late. */
    private static final Duration COUNTERS_SETTLE = Duration.ofSeconds(6);

    private final Lab lab;
    private final Ipvs ipvs;
    private Reading<TcpAnswers> lastAnswers;

    public IpvsSteps(Lab lab, Ipvs ipvs) {
        this.lab = lab;
        this.ipvs = ipvs;
    }

    @Given("the host forwards IPv4 packets, as a node does")
    public void forwards() {
        sysctl("letting the host route", "net.ipv4.ip_forward=1");
    }

    @Given("the host shows bridged traffic to iptables and IPVS, as kube-proxy requires")
    public void bridgeNetfilterOn() {
        sysctl("showing bridged traffic to netfilter", "net.bridge.bridge-nf-call-iptables=1");
    }

    @Given("the host hides bridged traffic from iptables and IPVS")
    public void bridgeNetfilterOff() {
        sysctl("hiding bridged traffic from netfilter", "net.bridge.bridge-nf-call-iptables=0");
    }

    @Given("a pod {netns} at {cidr} on {iface}")
    public void aPod(NamespaceName pod, Cidr address, InterfaceName bridge) {
        Pods.plug(lab, Place.HOST, bridge, pod, address, Ipv4Subnet.containing(address).address(1),
                OptionalInt.empty());
    }

    @Given("a pod {netns} at {cidr} on {iface}, answering {string} on TCP port {port}")
    public void aBackendPod(NamespaceName pod, Cidr address, InterfaceName bridge, String answer, int port) {
        aPod(pod, address, bridge);
        TcpServers.answer(lab, Place.of(pod), answer, port);
    }

    @Given("an IPVS virtual service {ip}:{port} with scheduler {word}")
    public void aVirtualService(IpAddress address, int port, String scheduler) {
        ipvs.addService(new VirtualService(address, port), scheduler);
    }

    @Given("{ip}:{port} is a masqueraded real server of {ip}:{port}")
    public void aRealServer(IpAddress server, int serverPort, IpAddress address, int port) {
        ipvs.addRealServer(new VirtualService(address, port), new VirtualService(server, serverPort));
    }

    @Given("{ip} is on the dummy device {iface}, as kube-proxy puts it")
    public void onDummy(IpAddress address, InterfaceName dummy) {
        ipvs.bindToDummy(address, dummy);
    }

    @Given("the connections of every real server to itself are masqueraded, as kube-proxy's KUBE-LOOP-BACK rule does")
    public void loopBackMasqueraded() {
        ipvs.masqueradeLoopBack();
    }

    @Given("IPVS keeps conntrack entries for its connections, as kube-proxy sets it")
    public void ipvsConntrackOn() {
        sysctl("letting IPVS keep conntrack entries", "net.ipv4.vs.conntrack=1");
    }

    @Given("{iface} is in hairpin mode, as kubelet's hairpin-veth mode sets it")
    public void hairpinOn(InterfaceName port) {
        lab.run("switching hairpin mode on for " + port, Place.HOST, "bridge", "link", "set", "dev", port.value(),
                "hairpin", "on");
    }

    @Given("{iface} is in promiscuous mode, as kubelet's promiscuous-bridge mode sets it")
    public void bridgePromiscuous(InterfaceName bridge) {
        lab.run("making " + bridge + " promiscuous", Place.HOST, "ip", "link", "set", bridge.value(), "promisc", "on");
    }

    @When("the scheduler of {ip}:{port} is set to {word}")
    public void scheduler(IpAddress address, int port, String scheduler) {
        ipvs.setScheduler(new VirtualService(address, port), scheduler);
    }

    @When("the weight of real server {ip}:{port} of {ip}:{port} is set to {int}")
    public void weight(IpAddress server, int serverPort, IpAddress address, int port, int weight) {
        ipvs.setWeight(new VirtualService(address, port), new VirtualService(server, serverPort), weight);
    }

    @When("{netns} connects {int} times to {ip} port {port}")
    public void connects(NamespaceName pod, int count, IpAddress address, int port) {
        lastAnswers = TcpServers.connect(lab, Place.of(pod), address, port, count);
    }

    @Then("every connection was answered")
    public void allAnswered() {
        Facts.expect("every connection was answered", answers(), a -> a.answered() == a.connections(),
                TcpAnswers::toString);
    }

    @Then("no connection was answered")
    public void noneAnswered() {
        Facts.expect("no connection was answered", answers(), a -> a.answered() == 0, TcpAnswers::toString);
    }

    @Then("{int} of the {int} connections were answered, none by {string}")
    public void someAnsweredNoneBy(int answered, int connections, String server) {
        Facts.expect(answered + " of " + connections + " connections were answered, none by " + server, answers(),
                a -> a.connections() == connections && a.answered() == answered
                        && !a.countByServer().containsKey(server), TcpAnswers::toString);
    }

    @Then("{string} answered {int} of the connections")
    public void answeredBy(String server, int count) {
        Facts.expect(server + " answered " + count + " connections", answers(),
                a -> a.countByServer().getOrDefault(server, 0) == count, TcpAnswers::toString);
    }

    @Then("the answers came from {int} servers taking turns in a fixed order")
    public void rotation(int servers) {
        Facts.expect("every connection was answered, by " + servers + " servers taking turns in a fixed order",
                answers(), a -> a.rotates() && a.countByServer().size() == servers, TcpAnswers::toString);
    }

    /** Rows: an answer and its share. Each server's count may differ from its exact share by the tolerance. */
    @Then("the answers came from these servers in these shares, within {int} connection(s) each:")
    public void shares(int tolerance, DataTable table) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        table.asLists().forEach(row -> shares.put(row.get(0), Integer.parseInt(row.get(1))));
        int sum = shares.values().stream().mapToInt(Integer::intValue).sum();
        String expected = shares.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + "/" + sum)
                .collect(Collectors.joining(", "));
        Facts.expect("every connection was answered, in the shares " + expected + ", within " + tolerance
                        + " connection(s) each", answers(),
                a -> a.answered() == a.connections() && shares.keySet().containsAll(a.countByServer().keySet())
                        && shares.entrySet().stream().allMatch(e -> Math.abs(a.countByServer().getOrDefault(e.getKey(), 0)
                        - (double) a.connections() * e.getValue() / sum) <= tolerance),
                a -> a.countByServer() + " of " + a.connections() + "; " + a);
    }

    /** Rows: a real server (ADDRESS:PORT) and the connections IPVS scheduled to it, answered or not. */
    @Then("IPVS counted these connections to the real servers of {ip}:{port}:")
    public void counted(IpAddress address, int port, DataTable table) {
        VirtualService service = new VirtualService(address, port);
        Map<String, Long> expected = new LinkedHashMap<>();
        table.asLists().forEach(row -> expected.put(row.get(0), Long.parseLong(row.get(1))));
        Facts.eventually("IPVS counted " + expected + " connections to the real servers of " + service,
                () -> ipvs.stats(service),
                stats -> expected.entrySet().stream().allMatch(e -> stats.of(e.getKey()) != null
                        && stats.of(e.getKey()).connections() == e.getValue()),
                IpvsSteps::describe, COUNTERS_SETTLE);
    }

    @Then("{ip} is a local address of the host, on {iface}")
    public void localOn(IpAddress address, InterfaceName device) {
        Facts.expect(address + " is in the host's local table, on " + device, lab.kernel(Place.HOST).localRoutes(),
                routes -> routes.stream().anyMatch(r -> isLocal(r, address) && device.value().equals(r.dev())),
                routes -> describeLocal(routes, address));
    }

    @Then("{ip} is no local address of the host")
    public void notLocal(IpAddress address) {
        Facts.expect(address + " is not in the host's local table", lab.kernel(Place.HOST).localRoutes(),
                routes -> routes.stream().noneMatch(r -> isLocal(r, address)), routes -> describeLocal(routes, address));
    }

    private Reading<TcpAnswers> answers() {
        if (lastAnswers == null) {
            throw new IllegalStateException("no connections were made before this step; add a step like"
                    + " 'When client connects 3 times to 1.2.3.4 port 80'");
        }
        return lastAnswers;
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
