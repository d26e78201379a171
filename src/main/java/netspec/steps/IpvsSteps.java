package netspec.steps;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.Place;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.k8s.VirtualService;
import netspec.kernel.Links;
import netspec.kernel.k8s.Ipvs;
import netspec.kernel.k8s.TcpClients;
import netspec.lab.LinkRef;

/** kube-proxy's IPVS mode on the sandbox's host: pods on cni0 behind a virtual service, and who answered. */
public class IpvsSteps {

    private final Ipvs ipvs;
    private final TcpClients clients;
    private final Links links;

    public IpvsSteps(Ipvs ipvs, TcpClients clients, Links links) {
        this.ipvs = ipvs;
        this.links = links;
        this.clients = clients;
    }

    @Given("the host forwards IPv4 packets, as a node does")
    public void forwards() {
        ipvs.forwardIpv4();
    }

    @Given("the host shows bridged traffic to iptables and IPVS, as kube-proxy requires")
    public void bridgeNetfilterOn() {
        ipvs.showBridgedTrafficToNetfilter(true);
    }

    @Given("the host hides bridged traffic from iptables and IPVS")
    public void bridgeNetfilterOff() {
        ipvs.showBridgedTrafficToNetfilter(false);
    }

    @Given("a pod {netns} plugged into {iface} at {cidr}, answering {string} on TCP port {port}")
    public void aBackendPod(NamespaceName pod, InterfaceName bridge, Cidr address, String answer, int port) {
        ipvs.startBackend(pod, bridge, address, answer, port);
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
        ipvs.keepConntrackEntries();
    }

    @Given("{iface} is in hairpin mode, as kubelet's hairpin-veth mode sets it")
    public void hairpinOn(InterfaceName port) {
        ipvs.hairpin(port);
    }

    @Given("{iface} is in promiscuous mode, as kubelet's promiscuous-bridge mode sets it")
    public void bridgePromiscuous(InterfaceName bridge) {
        links.setPromiscuous(new LinkRef(bridge, Place.HOST));
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
        clients.connect(pod, address, port, count);
    }

    @Then("every connection was answered")
    public void allAnswered() {
        clients.expectAllAnswered();
    }

    @Then("no connection was answered")
    public void noneAnswered() {
        clients.expectNoneAnswered();
    }

    @Then("{int} of the {int} connections were answered, none by {string}")
    public void someAnsweredNoneBy(int answered, int connections, String server) {
        clients.expectSomeAnsweredNoneBy(answered, connections, server);
    }

    @Then("{string} answered {int} of the connections")
    public void answeredBy(String server, int count) {
        clients.expectAnsweredBy(server, count);
    }

    @Then("the answers came from {int} servers taking turns in a fixed order")
    public void rotation(int servers) {
        clients.expectRotation(servers);
    }

    /** Rows: an answer and its share. */
    @Then("the answers came from these servers in these shares, within {int} connection(s) each:")
    public void shares(int tolerance, DataTable table) {
        clients.expectShares(rows(table, Integer::parseInt), tolerance);
    }

    /** Rows: a real server (ADDRESS:PORT) and the connections IPVS scheduled to it, answered or not. */
    @Then("IPVS counted these connections to the real servers of {ip}:{port}:")
    public void counted(IpAddress address, int port, DataTable table) {
        ipvs.expectCounted(new VirtualService(address, port), rows(table, Long::parseLong));
    }

    @Then("{ip} is a local address of the host, on {iface}")
    public void localOn(IpAddress address, InterfaceName device) {
        ipvs.expectLocalAddress(address, device);
    }

    @Then("{ip} is no local address of the host")
    public void notLocal(IpAddress address) {
        ipvs.expectNoLocalAddress(address);
    }

    private static <V> Map<String, V> rows(DataTable table, java.util.function.Function<String, V> parse) {
        Map<String, V> rows = new LinkedHashMap<>();
        table.asLists().forEach(row -> rows.put(row.get(0), parse.apply(row.get(1))));
        return rows;
    }
}
