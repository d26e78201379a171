package netspec.steps;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.DistinctNames;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.linux.BridgePort;
import netspec.linux.Link;
import netspec.linux.MdbEntry;
import netspec.evidence.Facts;
import netspec.evidence.Steadily;

/**
 * The bridge's properties beyond learning: moving ports, spanning tree, multicast snooping, port isolation and
 * the ageing of learned addresses.
 */
public class BridgePropertySteps {

    /** IGMP and MLD reports leave at once when a group is joined; snooping sees them within milliseconds. */
    private static final Duration REPORT = Duration.ofSeconds(2);

    private final Lab lab;
    private final Outcomes outcomes;

    public BridgePropertySteps(Lab lab, Outcomes outcomes) {
        this.lab = lab;
        this.outcomes = outcomes;
    }

    @Given("{iface} is attached to {iface}")
    public void attach(InterfaceName port, InterfaceName bridge) {
        lab.run("attaching " + port + " to " + bridge, Place.HOST, "ip", "link", "set", port.value(), "master",
                bridge.value());
    }

    /** The netlink way (RTM_NEWLINK with IFLA_MASTER), as ip-link does it. */
    @When("{iface} is moved to {iface} with ip link")
    public void moveWithIpLink(InterfaceName port, InterfaceName bridge) {
        outcomes.attempt(Place.HOST, lab.attempt(Place.HOST, "ip", "link", "set", port.value(), "master", bridge.value()));
    }

    /** The older ioctl way (SIOCBRADDIF), as bridge-utils' brctl does it. */
    @When("{iface} is added to {iface} with brctl addif")
    public void addWithBrctl(InterfaceName port, InterfaceName bridge) {
        outcomes.attempt(Place.HOST, lab.attempt(Place.HOST, "brctl", "addif", bridge.value(), port.value()));
    }

    /** Forward delay and hello time are in centiseconds for ip-link; the kernel accepts 2 to 30 s of delay with STP. */
    @Given("a bridge {iface} with STP on and a forward delay of {int} seconds")
    public void aBridgeWithStp(InterfaceName bridge, int forwardDelay) {
        if (forwardDelay < 2 || forwardDelay > 30) {
            throw new IllegalArgumentException("forward delay " + forwardDelay + " s is invalid: with STP on the"
                    + " kernel accepts 2 to 30 seconds");
        }
        lab.run("creating bridge " + bridge + " with STP", Place.HOST, "ip", "link", "add", bridge.value(), "type",
                "bridge", "stp_state", "1", "forward_delay", Integer.toString(forwardDelay * 100), "hello_time", "100");
        lab.run("bringing up " + bridge, Place.HOST, "ip", "link", "set", bridge.value(), "up");
    }

    @Then("within {seconds} seconds exactly one port of {iface} and {iface} is blocking, and the others forward")
    public void oneBlocking(int seconds, InterfaceName one, InterfaceName other) {
        eventuallyPorts(seconds, DistinctNames.of("bridge port", one, other), "exactly one port of " + one + " and " + other
                        + " is blocking and every other port is forwarding",
                ports -> ports.stream().filter(p -> p.port().isBlocking()).count() == 1
                        && ports.stream().filter(p -> p.port().isForwarding()).count() == ports.size() - 1);
    }

    @Then("within {seconds} seconds every port of {iface} and {iface} forwards")
    public void allForwarding(int seconds, InterfaceName one, InterfaceName other) {
        eventuallyPorts(seconds, DistinctNames.of("bridge port", one, other), "every port of " + one + " and " + other
                + " is forwarding", ports -> ports.stream().allMatch(p -> p.port().isForwarding()));
    }

    /** Listening and learning take one forward delay each; only then may traffic be judged. */
    @Given("the spanning tree of {iface} and {iface} has settled")
    public void settled(InterfaceName one, InterfaceName other) {
        eventuallyPorts(30, Set.of(one.value(), other.value()), "every port of " + one + " and " + other
                        + " is forwarding or blocking",
                ports -> ports.stream().allMatch(p -> p.port().isForwarding() || p.port().isBlocking()));
    }

    @Then("the bridge port {iface} is in state {word}")
    public void portState(InterfaceName port, String state) {
        if (!BridgePort.STATES.contains(state)) {
            throw new IllegalArgumentException("bridge port state '" + state + "' is invalid: use one of "
                    + String.join(", ", BridgePort.STATES.stream().sorted().toList()));
        }
        Facts.eventually(port + " is a bridge port in state " + state, () -> lab.kernel(Place.HOST).link(port),
                l -> l.flatMap(BridgePort::of).filter(p -> state.equals(p.state())).isPresent(),
                l -> l.map(link -> BridgePort.of(link).map(p -> link.ifname() + " is in state " + p.state())
                        .orElse(link.ifname() + " is no bridge port")).orElse(port + " does not exist"),
                Duration.ofSeconds(3));
    }

    @Given("isolation is switched on on port {iface}")
    public void isolate(InterfaceName port) {
        switchOn(port, "isolated");
    }

    @Then("port {iface} is isolated")
    public void isIsolated(InterfaceName port) {
        Facts.expect(port + " is an isolated bridge port", lab.kernel(Place.HOST).link(port),
                l -> l.flatMap(BridgePort::of).filter(BridgePort::isolated).isPresent(),
                l -> l.flatMap(BridgePort::of).map(p -> "isolated " + p.isolated()).orElse(port + " is no bridge port"));
    }

    @Then("port {iface} is not isolated")
    public void isNotIsolated(InterfaceName port) {
        Facts.expect(port + " is a bridge port that is not isolated", lab.kernel(Place.HOST).link(port),
                l -> l.flatMap(BridgePort::of).filter(p -> !p.isolated()).isPresent(),
                l -> l.flatMap(BridgePort::of).map(p -> "isolated " + p.isolated()).orElse(port + " is no bridge port"));
    }

    /** Hairpin: the port may send a frame back out of the port it came in by (what VEPA needs of its switch). */
    @Given("hairpin is switched on on port {iface}")
    public void hairpin(InterfaceName port) {
        switchOn(port, "hairpin");
    }

    @Given("{iface} does not snoop multicast")
    public void noSnooping(InterfaceName bridge) {
        lab.run("switching multicast snooping off on " + bridge, Place.HOST, "ip", "link", "set", bridge.value(),
                "type", "bridge", "mcast_snooping", "0");
    }

    /** ip-address's autojoin joins the group on the device, which sends an IGMP or MLD report. */
    @When("{link} joins the multicast group {ip}")
    public void join(LinkRef member, IpAddress group) {
        requireMulticast(group);
        lab.run(member + " joining " + group, member.place(), "ip", "address", "add",
                group.value() + "/" + group.hostPrefix(), "dev", member.name().value(), "autojoin");
    }

    @Then("the multicast database of {iface} has {ip} on port {iface}")
    public void mdbHas(InterfaceName bridge, IpAddress group, InterfaceName port) {
        requireMulticast(group);
        Facts.eventually(bridge + " has a snooped entry for " + group + " on port " + port, () -> mdb(bridge),
                entries -> entries.stream().anyMatch(e -> sameAddress(group, e.grp()) && port.value().equals(e.port())),
                entries -> describeMdb(entries), REPORT);
    }

    @Then("the multicast database of {iface} has no entry for {ip}")
    public void mdbHasNot(InterfaceName bridge, IpAddress group) {
        requireMulticast(group);
        Steadily.expect(bridge + " has no entry for " + group + " in its multicast database", () -> mdb(bridge),
                entries -> entries.stream().noneMatch(e -> sameAddress(group, e.grp())),
                entries -> describeMdb(entries), REPORT);
    }

    /** Ageing time is in centiseconds for ip-link. */
    @Given("{iface} forgets a learned address after {int} second(s)")
    public void ageing(InterfaceName bridge, int seconds) {
        if (seconds < 1 || seconds > 1_000_000) {
            throw new IllegalArgumentException("ageing time " + seconds + " s is invalid: use 1 to 1000000 seconds");
        }
        lab.run("setting the ageing time of " + bridge, Place.HOST, "ip", "link", "set", bridge.value(), "type",
                "bridge", "ageing_time", Integer.toString(seconds * 100));
    }

    @Then("the ageing time of {iface} is {int} seconds")
    public void ageingTime(InterfaceName bridge, int seconds) {
        Facts.expect(bridge + " has ageing_time " + seconds * 100 + " (centiseconds)",
                lab.kernel(Place.HOST).link(bridge),
                l -> l.isPresent() && l.get().linkinfo().data().path("ageing_time").asInt(-1) == seconds * 100,
                l -> l.map(b -> "ageing_time " + b.linkinfo().data().path("ageing_time").asText("not shown"))
                        .orElse(bridge + " does not exist"));
    }

    @Then("within {seconds} seconds {iface} forgets the MAC address of {link}")
    public void forgets(int seconds, InterfaceName bridge, LinkRef station) {
        String mac = lab.kernel(station.place()).existingLink(station.name()).address();
        Facts.eventually(bridge + " has no learned entry for " + mac + " (" + station + ")",
                () -> lab.kernel(Place.HOST).fdb(bridge),
                entries -> entries.stream().noneMatch(e -> e.isLearned() && mac.equalsIgnoreCase(e.mac())),
                entries -> entries.stream().filter(e -> mac.equalsIgnoreCase(e.mac()))
                        .map(e -> e.mac() + " on " + e.ifname() + (e.isLearned() ? " (learned)" : " (" + e.state() + ")"))
                        .collect(Collectors.joining("; ")),
                Duration.ofSeconds(seconds));
    }

    @When("{int} seconds pass")
    public void pause(int seconds) {
        if (seconds < 1 || seconds > 60) {
            throw new IllegalArgumentException("a pause of " + seconds + " s is invalid: use 1 to 60 seconds");
        }
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }

    private void switchOn(InterfaceName port, String setting) {
        lab.run("switching " + setting + " on on port " + port, Place.HOST, "bridge", "link", "set", "dev",
                port.value(), setting, "on");
    }

    private record PortOf(String name, String bridge, BridgePort port) {
        @Override
        public String toString() {
            return name + " (" + bridge + "): " + port.state();
        }
    }

    private void eventuallyPorts(int seconds, Set<String> bridges, String fact, Predicate<List<PortOf>> holds) {
        Facts.eventually(fact, () -> portsOf(bridges), ports -> !ports.isEmpty() && holds.test(ports),
                ports -> ports.isEmpty() ? "no ports" : ports.stream().map(PortOf::toString)
                        .collect(Collectors.joining(", ")), Duration.ofSeconds(seconds));
    }

    private Reading<List<PortOf>> portsOf(Set<String> bridges) {
        Reading<List<Link>> links = lab.kernel(Place.HOST).links();
        List<PortOf> ports = links.value().stream().filter(l -> l.master() != null && bridges.contains(l.master()))
                .flatMap(l -> BridgePort.of(l).map(p -> new PortOf(l.ifname(), l.master(), p)).stream())
                .toList();
        return new Reading<>(links.place(), links.result(), ports);
    }

    private Reading<List<MdbEntry>> mdb(InterfaceName bridge) {
        return lab.kernel(Place.HOST).mdb(bridge);
    }

    private static String describeMdb(List<MdbEntry> entries) {
        return entries.isEmpty() ? "the multicast database is empty" : entries.stream()
                .map(e -> e.grp() + " on " + e.port() + " (" + e.state() + ")").collect(Collectors.joining(", "));
    }

    private static boolean sameAddress(IpAddress address, String printed) {
        return address.value().equalsIgnoreCase(printed);
    }

    private static void requireMulticast(IpAddress group) {
        boolean multicast = group.ipv6() ? group.value().toLowerCase().startsWith("ff")
                : Integer.parseInt(group.value().substring(0, group.value().indexOf('.'))) / 16 == 14;
        if (!multicast) {
            throw new IllegalArgumentException(group + " is not a multicast group address (224.0.0.0/4 or ff00::/8)");
        }
    }
}
