package netspec.kernel.k8s;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import netspec.cni.CniResult;
import netspec.evidence.FactViolation;
import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;
import netspec.k8s.TcpServers;
import netspec.k8s.Transfer;
import netspec.lab.Assets;
import netspec.lab.EarlierStep;
import netspec.lab.Lab;
import netspec.lab.Readings;
import netspec.lab.StepFailure;
import netspec.linux.IptablesRule;
import netspec.linux.KernelJson;
import netspec.linux.Link;
import netspec.linux.Qdisc;
import netspec.shell.CommandResult;

/**
 * What the chained reference plugins of a list did to the kernel, read back there: tuning's MAC address in the
 * pod, portmap's DNAT rules in the nat table, bandwidth's tbf qdiscs (and the rate a transfer really gets),
 * firewall's rules in its CNI-FORWARD chain. The pod's devices and address come from the list's cached result
 * ({@link CniLists}); every fact reads the kernel, never a plugin's exit status.
 *
 * <pre>{@code
 * effects.expectDnat(8080, pod1, 80);      // iptables -t nat -S
 * effects.expectShaped(pod1, 500000);      // tc -j qdisc show, on the veth and the ifb device
 * effects.send(pod1, 1000000, 10.22.0.1);  // timed-transfer.sh
 * effects.expectTransferWithinTbf(pod1);
 * }</pre>
 */
public final class CniChainEffects {

    /** The chains portmap and firewall keep once made, whatever pods come and go. */
    static final String PORTMAP_CHAIN = "CNI-HOSTPORT-DNAT";
    static final String FIREWALL_CHAIN = "CNI-FORWARD";
    private static final int TRANSFER_PORT = 5001;
    private static final Duration TRANSFER_WITHIN = Duration.ofSeconds(130);

    private final Lab lab;
    private final CniLists lists;
    private Reading<Transfer> lastTransfer;
    private NamespaceName transferFrom;

    public CniChainEffects(Lab lab, CniLists lists) {
        this.lab = lab;
        this.lists = lists;
    }

    /** tuning: eth0 in the pod has the MAC address the runtime asked for. */
    public void expectAskedMac(NamespaceName pod) {
        String mac = lists.askedMac(pod).orElseThrow(() -> new IllegalStateException("the runtime asked for no"
                + " MAC address for " + pod + "; add: Given the runtime asks for the MAC address 02:00:0a:16:00:99"
                + " for " + pod));
        Reading<Optional<Link>> reading = lab.kernel(Place.of(pod)).link(new InterfaceName(Cni.IFNAME));
        String expected = Cni.IFNAME + " in " + pod + " has the MAC address " + mac;
        Link link = reading.value().orElseThrow(() -> Facts.missing(expected, "interface " + Cni.IFNAME, reading));
        Facts.expect(expected, reading, l -> mac.equalsIgnoreCase(link.address()),
                l -> Cni.IFNAME + " has the MAC address " + link.address());
    }

    /** portmap: a DNAT rule sends TCP to the host port on to the pod's address and port. */
    public void expectDnat(int hostPort, NamespaceName pod, int containerPort) {
        String destination = podIp(pod) + ":" + containerPort;
        Facts.expect("the nat table DNATs TCP port " + hostPort + " to " + destination, rules("nat"),
                rules -> rules.stream().anyMatch(r -> isDnat(r, hostPort) && r.option("--to-destination")
                        .filter(destination::equals).isPresent()),
                CniChainEffects::describe);
    }

    /** Its positive control: portmap's own chain is still there, so the table was read where rules would be. */
    public void expectNoDnat(int hostPort) {
        Facts.expectAbsent("the nat table DNATs TCP port " + hostPort + " nowhere", rules("nat"),
                new Facts.Control<>("the nat table holds portmap's chain " + PORTMAP_CHAIN,
                        rules -> rules.stream().anyMatch(r -> PORTMAP_CHAIN.equals(r.chain())),
                        CniChainEffects::describe),
                rules -> rules.stream().noneMatch(r -> isDnat(r, hostPort)), CniChainEffects::describe);
    }

    /** firewall: its chain accepts traffic from the pod's address, and replies to it. */
    public void expectFirewallAccepts(NamespaceName pod) {
        String address = podIp(pod) + "/32";
        Facts.expect(FIREWALL_CHAIN + " accepts packets from " + address + " and related or established ones to it",
                rules("filter"), rules -> accepts(rules, "-s", address) && accepts(rules, "-d", address),
                CniChainEffects::describe);
    }

    /** Its positive control: the firewall's chain is still there, so the rules would be listed in it. */
    public void expectFirewallForgot(NamespaceName pod) {
        String address = podIp(pod) + "/32";
        Facts.expectAbsent(FIREWALL_CHAIN + " names " + address + " in no rule", rules("filter"),
                new Facts.Control<>("the filter table holds the chain " + FIREWALL_CHAIN,
                        rules -> rules.stream().anyMatch(r -> FIREWALL_CHAIN.equals(r.chain())),
                        CniChainEffects::describe),
                rules -> rules.stream().noneMatch(r -> r.mentions(address)), CniChainEffects::describe);
    }

    /**
     * bandwidth: a tbf qdisc of the rate is the root qdisc of the pod's veth on the host (traffic to the pod)
     * and of the ifb device that gets the pod's traffic redirected (traffic from the pod).
     */
    public void expectShaped(NamespaceName pod, long bytesPerSecond) {
        Reading<List<Link>> links = lab.kernel(Place.HOST).links();
        List<String> devices = hostDevices(pod, links.value(), "veth", "ifb");
        Reading<List<Qdisc>> qdiscs = qdiscs();
        Facts.expect("the pod's veth and ifb device on the host (" + devices + ") each have a root tbf qdisc of "
                        + bytesPerSecond + " bytes per second", Readings.together(links, qdiscs, qdiscs.value()),
                list -> devices.size() == 2 && devices.stream().allMatch(d -> list.stream().anyMatch(
                        q -> d.equals(q.dev()) && q.root() && q.isTbf() && q.options().rate() == bytesPerSecond)),
                list -> "qdiscs: " + list);
    }

    /** Sends zero bytes over TCP from the pod to an address of the host, timing until the last one arrived. */
    public Reading<Transfer> send(NamespaceName pod, long bytes, IpAddress address) {
        if (bytes < 1 || bytes > 100_000_000) {
            throw new IllegalArgumentException("transfer size " + bytes + " is invalid: use 1 to 100000000 bytes");
        }
        String script = Assets.install(lab, "k8s/timed-transfer.sh");
        CommandResult result = lab.attempt(Place.HOST, TRANSFER_WITHIN, "bash", script, pod.value(), address.value(),
                Integer.toString(TRANSFER_PORT), Long.toString(bytes));
        if (!result.succeeded()) {
            throw new StepFailure("a timed transfer from " + pod + " to " + address, Place.HOST, result);
        }
        lastTransfer = new Reading<>(Place.HOST, result, Transfer.parse(result.stdout()));
        transferFrom = pod;
        return lastTransfer;
    }

    /**
     * The transfer took at least as long as the tbf qdisc of the pod's ifb device lets it: its burst goes at once,
     * every further byte at the qdisc's rate, both read from the kernel. Its positive control: every byte arrived.
     */
    public void expectTransferWithinTbf() {
        Reading<Transfer> transfer = EarlierStep.require(lastTransfer, "no transfer was made",
                "When pod1 sends 1000000 bytes to 10.22.0.1");
        Reading<List<Link>> links = lab.kernel(Place.HOST).links();
        List<String> ifb = hostDevices(transferFrom, links.value(), "ifb");
        Reading<List<Qdisc>> qdiscs = qdiscs();
        Qdisc tbf = qdiscs.value().stream().filter(q -> ifb.contains(q.dev()) && q.root() && q.isTbf()).findFirst()
                .orElseThrow(() -> new FactViolation("the ifb device of " + transferFrom + " has a root tbf qdisc",
                        "qdiscs: " + qdiscs.value(), qdiscs.command()));
        long fastest = Math.round(1e9 * Math.max(0, transfer.value().sent() - tbf.options().burst())
                / tbf.options().rate());
        Facts.expectAbsent("the transfer from " + transferFrom + " took at least " + fastest / 1e9 + " s, which "
                        + tbf + " needs for it", Readings.all(List.of(transfer, links, qdiscs), transfer.value()),
                new Facts.Control<>("every byte sent arrived", Transfer::complete, Transfer::toString),
                t -> t.nanoseconds() >= fastest, Transfer::toString);
    }

    /** The host interfaces the list's result listed, but bridges, are gone; they were there before DEL. */
    public void expectHostInterfacesGone(NamespaceName pod) {
        List<String> listed = lists.resultOf(pod).hostInterfaces().stream().map(CniResult.Interface::name).toList();
        CniResults.expectGone("of the host interfaces the list's result for " + pod + " listed " + listed
                        + ", only bridges remain", listed, lists.hostLinksBeforeDelete(pod),
                lab.kernel(Place.HOST).links());
    }

    /** A server in the pod, as its container would run one: it answers every connection on the port with a word. */
    public void answerOn(NamespaceName pod, String answer, int port) {
        TcpServers.answer(lab, Place.of(pod), answer, port);
    }

    private static boolean isDnat(IptablesRule rule, int hostPort) {
        return rule.isRule() && rule.option("-j").filter("DNAT"::equals).isPresent()
                && rule.option("-p").filter("tcp"::equals).isPresent()
                && rule.option("--dport").filter(Integer.toString(hostPort)::equals).isPresent();
    }

    private static boolean accepts(List<IptablesRule> rules, String direction, String address) {
        return rules.stream().anyMatch(r -> r.isRule() && FIREWALL_CHAIN.equals(r.chain())
                && r.option(direction).filter(address::equals).isPresent()
                && r.option("-j").filter("ACCEPT"::equals).isPresent());
    }

    /** The host interfaces of the list's result that the kernel says are of these kinds. */
    private List<String> hostDevices(NamespaceName pod, List<Link> links, String... kinds) {
        List<String> listed = lists.resultOf(pod).hostInterfaces().stream().map(CniResult.Interface::name).toList();
        return links.stream().filter(l -> listed.contains(l.ifname()) && List.of(kinds).contains(l.kind()))
                .map(Link::ifname).toList();
    }

    private String podIp(NamespaceName pod) {
        List<CniResult.IpConfig> ips = lists.resultOf(pod).ips();
        if (ips.isEmpty()) {
            throw new FactViolation("the list's result for " + pod + " gives an address", "it gives none",
                    "the answer of the last plugin to ADD for " + pod);
        }
        return ips.get(0).ip();
    }

    private Reading<List<IptablesRule>> rules(String table) {
        CommandResult result = lab.read(Place.HOST, "iptables", "-w", "-t", table, "-S");
        if (!result.succeeded()) {
            throw new StepFailure("listing the " + table + " table", Place.HOST, result);
        }
        return new Reading<>(Place.HOST, result, IptablesRule.parse(result.stdout()));
    }

    private Reading<List<Qdisc>> qdiscs() {
        CommandResult result = lab.read(Place.HOST, "tc", "-j", "qdisc", "show");
        if (!result.succeeded()) {
            throw new StepFailure("listing the qdiscs", Place.HOST, result);
        }
        return new Reading<>(Place.HOST, result, KernelJson.qdiscs(result.stdout()));
    }

    private static String describe(List<IptablesRule> rules) {
        return "rules:\n" + rules.stream().filter(IptablesRule::isRule).map(IptablesRule::toString)
                .reduce((a, b) -> a + "\n" + b).orElse("(none)");
    }
}
