package netspec.kernel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.InterfaceName;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.BridgePort;
import netspec.linux.Link;

/**
 * Linux bridges and their ports: creating one (plain, with STP, with VLAN filtering), attaching and detaching
 * ports (through netlink, or through the ioctl of brctl), the per-port switches (learning, hairpin, isolation),
 * the bridge's own settings (ageing, multicast snooping), and the facts read back about them.
 *
 * <pre>{@code
 * bridges.create(br0);                       // ip link add br0 up type bridge
 * bridges.attach(veth1, br0);                // ip link set veth1 master br0 (refusals kept in Attempts)
 * bridges.expectPorts(br0, List.of(veth1));  // the ports of br0 are exactly veth1
 * }</pre>
 */
public final class Bridges {

    private final Lab lab;
    private final Links links;
    private final Attempts attempts;

    public Bridges(Lab lab, Links links, Attempts attempts) {
        this.lab = lab;
        this.links = links;
        this.attempts = attempts;
    }

    /** A bridge in the link's place (the host, or a named namespace), up. */
    public void create(LinkRef bridge) {
        createWith(bridge, "creating bridge " + bridge);
    }

    /** Forward delay and hello time are in centiseconds for ip-link; the kernel accepts 2 to 30 s of delay with STP. */
    public void createWithStp(LinkRef bridge, int forwardDelaySeconds) {
        if (forwardDelaySeconds < 2 || forwardDelaySeconds > 30) {
            throw new IllegalArgumentException("forward delay " + forwardDelaySeconds + " s is invalid: with STP on"
                    + " the kernel accepts 2 to 30 seconds");
        }
        createWith(bridge, "creating bridge " + bridge + " with STP", "stp_state", "1", "forward_delay",
                Integer.toString(forwardDelaySeconds * 100), "hello_time", "100");
    }

    public void createWithVlanFiltering(LinkRef bridge) {
        createWith(bridge, "creating bridge " + bridge + " with VLAN filtering", "vlan_filtering", "1");
    }

    private void createWith(LinkRef bridge, String what, String... options) {
        // made up: one process less than a separate "ip link set up"
        String[] argv = concat(new String[] {"ip", "link", "add", bridge.name().value(), "up", "type", "bridge"}, options);
        lab.run(what, bridge.place(), argv);
    }

    /**
     * The netlink way (RTM_NEWLINK with IFLA_MASTER), as ip-link does it; a port of another bridge moves here in
     * one step. The bridge is in the port's namespace. A refusal fails the step.
     */
    public void attach(LinkRef port, InterfaceName bridge) {
        links.setMaster(port, bridge);
    }

    /** Like {@link #attach}, but a refusal (a bridge as a port of a bridge) is kept in {@link Attempts} for the
     * step that judges it. */
    public void tryAttach(LinkRef port, InterfaceName bridge) {
        links.trySetMaster(port, bridge);
    }

    /** The older ioctl way (SIOCBRADDIF), as bridge-utils' brctl does it: refuses a port of another bridge. */
    public void attachWithBrctl(LinkRef port, InterfaceName bridge) {
        attempts.attempt(port.place(), "brctl", "addif", bridge.value(), port.name().value());
    }

    public void detach(LinkRef port) {
        links.removeMaster(port);
    }

    public void switchLearningOff(LinkRef port) {
        setPort(port, "learning", "off");
    }

    /** Hairpin: the port may send a frame back out of the port it came in by (what VEPA needs of its switch). */
    public void switchHairpinOn(LinkRef port) {
        setPort(port, "hairpin", "on");
    }

    public void switchIsolationOn(LinkRef port) {
        setPort(port, "isolated", "on");
    }

    /** Drops the dynamically learned entries, not the permanent ones of the bridge's own ports. */
    public void flushLearned(LinkRef bridge) {
        setBridge(bridge, "flushing the fdb of " + bridge, "fdb_flush");
    }

    public void switchSnoopingOff(LinkRef bridge) {
        setBridge(bridge, "switching multicast snooping off on " + bridge, "mcast_snooping", "0");
    }

    /** Ageing time is in centiseconds for ip-link. */
    public void setAgeing(LinkRef bridge, int seconds) {
        if (seconds < 1 || seconds > 1_000_000) {
            throw new IllegalArgumentException("ageing time " + seconds + " s is invalid: use 1 to 1000000 seconds");
        }
        setBridge(bridge, "setting the ageing time of " + bridge, "ageing_time", Integer.toString(seconds * 100));
    }

    private void setPort(LinkRef port, String setting, String value) {
        lab.run("switching " + setting + " " + value + " on port " + port, port.place(), "bridge", "link", "set",
                "dev", port.name().value(), setting, value);
    }

    private void setBridge(LinkRef bridge, String what, String... settings) {
        lab.run(what, bridge.place(), concat(new String[] {"ip", "link", "set", bridge.name().value(), "type",
                "bridge"}, settings));
    }

    // facts

    /** The bridge exists and is a bridge; its ports are read in the same reading: none may be a port of it. */
    public void expectNoPorts(LinkRef bridge) {
        expectPorts(bridge, List.of());
    }

    /** Exactly these ports, in any order. */
    public void expectPorts(LinkRef bridge, List<InterfaceName> ports) {
        Set<String> wanted = ports.stream().map(InterfaceName::value).collect(Collectors.toSet());
        String expected = ports.isEmpty() ? bridge + " has no ports"
                : "the ports of " + bridge + " are " + String.join(", ", wanted.stream().sorted().toList());
        Reading<List<Link>> all = lab.kernel(bridge.place()).links();
        requireBridge(expected, bridge, all);
        Facts.expect(expected, all, l -> portNames(bridge, l).equals(wanted),
                l -> portNames(bridge, l).isEmpty() ? bridge + " has no ports"
                        : "its ports are " + String.join(", ", portNames(bridge, l).stream().sorted().toList()));
    }

    public void expectIsolated(LinkRef port, boolean isolated) {
        expectPort(port, isolated ? "is an isolated bridge port" : "is a bridge port that is not isolated",
                p -> p.isolated() == isolated, p -> "isolated " + p.isolated());
    }

    public void expectPortState(LinkRef port, String state) {
        if (!BridgePort.STATES.contains(state)) {
            throw new IllegalArgumentException("bridge port state '" + state + "' is invalid: use one of "
                    + String.join(", ", BridgePort.STATES.stream().sorted().toList()));
        }
        String expected = port + " is a bridge port in state " + state;
        links.eventuallyExisting(expected, port,
                link -> BridgePort.of(link).filter(p -> state.equals(p.state())).isPresent(),
                link -> BridgePort.of(link).map(p -> link.ifname() + " is in state " + p.state())
                        .orElse(link.ifname() + " is no bridge port"));
    }

    public void expectAgeing(LinkRef bridge, int seconds) {
        String expected = bridge + " has ageing_time " + seconds * 100 + " (centiseconds)";
        Reading<Optional<Link>> reading = links.read(bridge);
        Link device = Links.existing(expected, bridge, reading);
        Facts.expect(expected, reading, l -> device.linkinfo().data().path("ageing_time").asInt(-1) == seconds * 100,
                l -> "ageing_time " + device.linkinfo().data().path("ageing_time").asText("not shown"));
    }

    /** Exactly one blocking port among the two bridges' ports, all others forwarding: a loop broken by STP. */
    public void expectOneBlocking(InterfaceName one, InterfaceName other, int withinSeconds) {
        expectPortStates(one, other, "exactly one port of " + one + " and " + other + " is blocking and every other"
                        + " port is forwarding",
                ports -> ports.stream().filter(p -> p.port().isBlocking()).count() == 1
                        && ports.stream().filter(p -> p.port().isForwarding()).count() == ports.size() - 1,
                withinSeconds);
    }

    public void expectAllForwarding(InterfaceName one, InterfaceName other, int withinSeconds) {
        expectPortStates(one, other, "every port of " + one + " and " + other + " is forwarding",
                ports -> ports.stream().allMatch(p -> p.port().isForwarding()), withinSeconds);
    }

    /** Listening and learning take one forward delay each; only then may traffic be judged. */
    public void awaitSettled(InterfaceName one, InterfaceName other) {
        expectPortStates(one, other, "every port of " + one + " and " + other + " is forwarding or blocking",
                ports -> ports.stream().allMatch(p -> p.port().isForwarding() || p.port().isBlocking()), 30);
    }

    /**
     * Spanning tree over the ports of two bridges of the host, polled: {@code holds} judges their states once the
     * bridges have ports (no ports is nothing to judge, and is reported as such when time is up).
     */
    private void expectPortStates(InterfaceName one, InterfaceName other, String fact, Predicate<List<PortOf>> holds,
                                  int withinSeconds) {
        // "br0 and br0" is refused with the name rule, not as Set.of's duplicate element
        Set<String> names = netspec.evidence.args.DistinctNames.of("bridge", one, other);
        Facts.eventually(fact, () -> portsOf(names), ports -> !ports.isEmpty() && holds.test(ports),
                ports -> ports.isEmpty() ? "nothing to judge: no ports" : ports.stream().map(PortOf::toString)
                        .collect(Collectors.joining(", ")), Duration.ofSeconds(withinSeconds));
    }

    /** A port with its bridge and its STP state. */
    private record PortOf(String name, String bridge, BridgePort port) {
        @Override
        public String toString() {
            return name + " (" + bridge + "): " + port.state();
        }
    }

    private Reading<List<PortOf>> portsOf(Set<String> bridges) {
        Reading<List<Link>> all = lab.kernel(Place.HOST).links();
        List<PortOf> ports = all.value().stream().filter(l -> l.master() != null && bridges.contains(l.master()))
                .flatMap(l -> BridgePort.of(l).map(p -> new PortOf(l.ifname(), l.master(), p)).stream())
                .toList();
        return new Reading<>(all.place(), all.result(), ports);
    }

    private void expectPort(LinkRef port, String fact, Predicate<BridgePort> holds,
                            java.util.function.Function<BridgePort, String> describe) {
        String expected = port + " " + fact;
        Reading<Optional<Link>> reading = links.read(port);
        Link device = Links.existing(expected, port, reading);
        Optional<BridgePort> bridgePort = BridgePort.of(device);
        if (bridgePort.isEmpty()) {
            throw Facts.missing(expected, "a bridge port " + port + " (" + port + " has no master bridge)", reading);
        }
        Facts.expect(expected, reading, l -> holds.test(bridgePort.get()), l -> describe.apply(bridgePort.get()));
    }

    private static void requireBridge(String expected, LinkRef bridge, Reading<List<Link>> all) {
        boolean isBridge = all.value().stream()
                .anyMatch(l -> l.ifname().equals(bridge.name().value()) && "bridge".equals(l.kind()));
        if (!isBridge) {
            throw Facts.missing(expected, "bridge " + bridge, all);
        }
    }

    private static Set<String> portNames(LinkRef bridge, List<Link> all) {
        return all.stream().filter(l -> bridge.name().value().equals(l.master())).map(Link::ifname)
                .collect(Collectors.toSet());
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
