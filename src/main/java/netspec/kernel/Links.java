package netspec.kernel;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.NamespaceName;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.lab.Readings;
import netspec.linux.AddressInfo;
import netspec.linux.Link;

/**
 * Any network device, whatever its kind: bringing it up or down, its master, its MTU, deleting it, moving it into
 * a namespace, and the facts every device has (state, flags, carrier, master, counters, addresses). Kind-specific
 * resources ({@link Veths}, {@link Bridges}, ...) build on it.
 *
 * <pre>{@code
 * links.setDown(eth0InNs1);                 // ip link set eth0 down   (in ns1)
 * links.expectAdministrativelyDown(eth0InNs1);
 * links.delete(veth1);                      // remembers what existed, so that...
 * links.expectGone(veth2);                  // ...its peer is judged gone only if it was there before
 * }</pre>
 */
public final class Links {

    /** Carrier and operstate follow a change within microseconds, but asynchronously (linkwatch). */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    /** A device deleted with its namespace goes when the kernel's namespace cleanup runs, not at once. */
    private static final Duration GONE_WITHIN = Duration.ofSeconds(10);

    /** The flags ip-link prints between angle brackets. */
    private static final Set<String> FLAGS = Set.of("UP", "LOWER_UP", "NO-CARRIER", "BROADCAST", "MULTICAST",
            "NOARP", "POINTOPOINT", "LOOPBACK", "PROMISC", "ALLMULTI", "MASTER", "SLAVE", "DORMANT", "M-DOWN", "ECHO");

    private final Lab lab;
    private final Attempts attempts;
    /** Every place's devices as they were just before the last deletion or move: what "gone" is judged against. */
    private final Map<Place, Reading<List<Link>>> beforeRemoval = new HashMap<>();

    public Links(Lab lab, Attempts attempts) {
        this.lab = lab;
        this.attempts = attempts;
    }

    public void setUp(LinkRef link) {
        lab.run("setting " + link + " up", link.place(), "ip", "link", "set", link.name().value(), "up");
    }

    /** The PROMISC flag, as a user (or kubelet's promiscuous-bridge mode) sets it; bridges only count promiscuity. */
    public void setPromiscuous(LinkRef link) {
        lab.run("making " + link + " promiscuous", link.place(), "ip", "link", "set", link.name().value(), "promisc",
                "on");
    }

    public void setDown(LinkRef link) {
        lab.run("setting " + link + " down", link.place(), "ip", "link", "set", link.name().value(), "down");
    }

    /** Refuses a name that is a namespace of the scenario: "ns2 is deleted" is a namespace's deletion, not a link's. */
    public void delete(LinkRef link) {
        NamespaceName asNamespace = new NamespaceName(link.name().value());
        if (lab.places().contains(Place.of(asNamespace))) {
            throw new IllegalArgumentException(link.name() + " is a namespace of this scenario, not an interface:"
                    + " to delete the namespace say 'the namespace " + link.name() + " is deleted'");
        }
        rememberWhatExists();
        lab.run("deleting " + link, link.place(), "ip", "link", "delete", link.name().value());
    }

    public void moveInto(LinkRef link, NamespaceName namespace) {
        rememberWhatExists();
        lab.run("moving " + link + " into " + namespace, link.place(), "ip", "link", "set", link.name().value(),
                "netns", namespace.value());
    }

    /**
     * Makes link a port of master (a bridge, a bond), in the link's namespace. The kernel may refuse (a bridge as
     * a port of a bridge): its answer is kept in {@link Attempts} for the step that judges it.
     */
    public void trySetMaster(LinkRef link, InterfaceName master) {
        attempts.attempt(link.place(), masterCommand(link, master));
    }

    /** Like {@link #trySetMaster} for a setup that must succeed: a refusal fails the step. */
    public void setMaster(LinkRef link, InterfaceName master) {
        lab.run("attaching " + link + " to " + master, link.place(), masterCommand(link, master));
    }

    /** The one place {@code ip link set X master Y} is typed. */
    private static String[] masterCommand(LinkRef link, InterfaceName master) {
        return new String[] {"ip", "link", "set", link.name().value(), "master", master.value()};
    }

    public void removeMaster(LinkRef link) {
        lab.run("detaching " + link, link.place(), "ip", "link", "set", link.name().value(), "nomaster");
    }

    /** May be refused (an MTU out of the device's range): the answer is kept in {@link Attempts}. */
    public void setMtu(LinkRef link, int mtu) {
        if (mtu < 1) {
            throw new IllegalArgumentException("MTU " + mtu + " is invalid: it must be a positive number of bytes");
        }
        attempts.attempt(link.place(), "ip", "link", "set", "dev", link.name().value(), "mtu", Integer.toString(mtu));
    }

    /** Before a deletion or a move: what exists in every place, the positive control of {@link #expectGone}. */
    public void rememberWhatExists() {
        lab.places().forEach(place -> beforeRemoval.put(place, lab.kernel(place).links()));
    }

    /** The device as the kernel shows it now, or empty when it does not exist there. */
    public Reading<Optional<Link>> read(LinkRef link) {
        return lab.kernel(link.place()).link(link.name());
    }

    /** The device a fact is about, read now; its absence fails the fact as "nothing to judge". */
    public Link existing(String expected, LinkRef link) {
        return existing(expected, link, read(link));
    }

    /** The MAC address of a device that must exist for the fact to be judged. */
    public String macOf(String expected, LinkRef link) {
        return existing(expected, link).address();
    }

    public void expectAdministrativelyDown(LinkRef link) {
        expectLink(link, "is administratively down (no flag UP)", l -> !l.isUp());
    }

    public void expectAdministrativelyUp(LinkRef link) {
        expectLink(link, "is administratively up (flag UP)", Link::isUp);
    }

    /** By the promiscuity counter, which bridges raise, not by the PROMISC flag, which only a user sets. */
    public void expectPromiscuous(LinkRef link, boolean promiscuous) {
        expectLink(link, promiscuous ? "is in promiscuous mode" : "is not in promiscuous mode",
                l -> l.isPromiscuous() == promiscuous);
    }

    public void expectFlag(LinkRef link, String flag, boolean present) {
        String known = knownFlag(flag);
        expectLink(link, (present ? "has the flag " : "does not have the flag ") + known,
                l -> l.hasFlag(known) == present);
    }

    public void expectNoMaster(LinkRef link) {
        expectLink(link, "has no master", l -> l.master() == null);
    }

    public void expectMaster(LinkRef link, InterfaceName master) {
        expectLink(link, "is a port of " + master, l -> master.value().equals(l.master()));
    }

    public void expectMtu(LinkRef link, int mtu) {
        expectLink(link, "has the MTU " + mtu, l -> l.mtu() == mtu);
    }

    public void expectCarrier(LinkRef link, boolean carrier) {
        eventuallyLink(link, carrier ? "has carrier" : "has no carrier (NO-CARRIER)", l -> l.hasCarrier() == carrier);
    }

    public void expectOperationalState(LinkRef link, String state) {
        eventuallyLink(link, "has operational state " + state, l -> state.equals(l.operstate()));
    }

    /** The kernel answers "does not exist" for the name: an answer from the namespace, so the probe ran. */
    public void expectAbsent(Place place, InterfaceName name) {
        Reading<Optional<Link>> reading = lab.kernel(place).link(name);
        Facts.expect(place + " has no interface " + name, reading, Optional::isEmpty,
                l -> name + " exists: " + l.map(Links::summary).orElse(""));
    }

    /** Gone: it was there just before the last deletion or move of the scenario, and it is not there now. */
    public void expectGone(LinkRef link) {
        String expected = link + " is gone";
        Reading<List<Link>> before = beforeRemoval.get(link.place());
        Reading<Optional<Link>> now = read(link);
        if (before == null) {
            throw Facts.missing(expected, "a reading of " + link.place() + " before a deletion or a move", now);
        }
        boolean existed = before.value().stream().anyMatch(l -> l.ifname().equals(link.name().value()));
        Reading<Gone> both = Readings.together(before, now, new Gone(existed, now.value()));
        Facts.Control<Gone> control = new Facts.Control<>(link + " existed before", Gone::existedBefore,
                g -> link + " was not among the devices of " + link.place() + " before");
        if (existed && now.value().isPresent()) {
            // a deleted namespace takes its devices (and their veth peers) with it asynchronously, in the
            // kernel's cleanup_net work: on a loaded machine that is seconds after `ip netns del` returned
            Facts.eventually(expected + " (" + control.description() + ")", () -> goneSince(before, link),
                    g -> g.now().isEmpty(), g -> link + " still exists: " + g.now().map(Links::summary).orElse(""),
                    GONE_WITHIN);
            return;
        }
        Facts.expectAbsent(expected, both, control,
                g -> g.now().isEmpty(), g -> link + " still exists: " + g.now().map(Links::summary).orElse(""));
    }

    private record Gone(boolean existedBefore, Optional<Link> now) {
    }

    /** The device, read again, beside the reading from before the removal in which it existed. */
    private Reading<Gone> goneSince(Reading<List<Link>> before, LinkRef link) {
        Reading<Optional<Link>> now = read(link);
        return Readings.together(before, now, new Gone(true, now.value()));
    }

    /** Counters of both ends, retried until they agree: frames may still be in flight. */
    public void expectReceivedEverySent(LinkRef receiver, LinkRef sender, int atLeast) {
        if (atLeast < 1) {
            throw new IllegalArgumentException("at least " + atLeast + " frames is invalid: a count of frames received"
                    + " is judged over at least 1 frame, or it holds when nothing was sent");
        }
        String expected = receiver + " received all " + sender + " transmitted (at least " + atLeast + ")";
        Reading<PairCounters> first = pairCounters(sender, receiver);
        if (first.value().txBefore() < 0 || first.value().txAfter() < 0) {
            throw Facts.missing(expected, "interface " + sender, first);
        }
        if (first.value().receiverRx() < 0) {
            throw Facts.missing(expected, "interface " + receiver, first);
        }
        Facts.eventually(expected, first, () -> pairCounters(sender, receiver),
                c -> c.txBefore() >= atLeast && c.txBefore() <= c.receiverRx() && c.receiverRx() <= c.txAfter(),
                c -> sender + " tx_packets=" + c.txBefore() + " (then " + c.txAfter() + "), " + receiver
                        + " rx_packets=" + c.receiverRx(),
                SETTLE);
    }

    /** Both devices must exist: a missing one has no address to differ. */
    public void expectDifferentMacs(LinkRef one, LinkRef other) {
        requireTwo(one, other);
        String expected = one + " and " + other + " have different MAC addresses";
        Reading<Optional<Link>> first = read(one);
        Reading<Optional<Link>> second = read(other);
        String a = existing(expected, one, first).address();
        String b = existing(expected, other, second).address();
        Facts.expect(expected, Readings.together(first, second, List.of(a, b)), macs -> !a.equalsIgnoreCase(b),
                macs -> "both have " + a);
    }

    public void expectNoAddress(LinkRef link) {
        Reading<List<AddressInfo>> addresses = lab.kernel(link.place()).addresses();
        String expected = link + " has no IPv4 or IPv6 address";
        Optional<AddressInfo> device = addresses.value().stream()
                .filter(i -> link.name().value().equals(i.ifname())).findFirst();
        if (device.isEmpty()) {
            throw Facts.missing(expected, "interface " + link, addresses);
        }
        Facts.expect(expected, addresses, infos -> device.get().addrInfo().isEmpty(),
                infos -> device.get().ifname() + " has " + device.get().cidrs());
    }

    /**
     * The receiver's counter read between two reads of the sender's: with nothing lost it has every frame counted
     * by the first and none the second has not, even while other frames (neighbour discovery) pass meanwhile.
     */
    private Reading<PairCounters> pairCounters(LinkRef sender, LinkRef receiver) {
        Reading<Optional<Link>> before = read(sender);
        Reading<Optional<Link>> rx = read(receiver);
        Reading<Optional<Link>> after = read(sender);
        return Readings.together(Readings.together(before, rx, null), after, new PairCounters(
                before.value().map(Link::txPackets).orElse(-1L), rx.value().map(Link::rxPackets).orElse(-1L),
                after.value().map(Link::txPackets).orElse(-1L)));
    }

    private record PairCounters(long txBefore, long receiverRx, long txAfter) {
    }

    private void expectLink(LinkRef link, String fact, Predicate<Link> holds) {
        String expected = link + " " + fact;
        Reading<Optional<Link>> reading = read(link);
        Link device = existing(expected, link, reading);
        Facts.expect(expected, reading, l -> holds.test(device), l -> summary(device));
    }

    private void eventuallyLink(LinkRef link, String fact, Predicate<Link> holds) {
        eventuallyExisting(link + " " + fact, link, holds, Links::summary);
    }

    /** The device must exist at the first reading, which is judged first; then the fact is polled until it holds. */
    void eventuallyExisting(String expected, LinkRef link, Predicate<Link> holds, Function<Link, String> describe) {
        Reading<Optional<Link>> first = read(link);
        existing(expected, link, first);
        Facts.eventually(expected, first, () -> read(link), l -> l.isPresent() && holds.test(l.get()),
                l -> l.map(describe).orElse(link + " does not exist any more"), SETTLE);
    }

    private static String knownFlag(String flag) {
        if (!FLAGS.contains(flag)) {
            throw new IllegalArgumentException("link flag '" + flag + "' is invalid: use one of "
                    + String.join(", ", FLAGS.stream().sorted().toList()));
        }
        return flag;
    }

    /** A device in one line: what a failed fact about it shows. */
    public static String summary(Link l) {
        return l.ifname() + ": flags " + l.flags() + ", operstate " + l.operstate() + ", promiscuity "
                + l.promiscuity() + ", master " + (l.master() == null ? "none" : l.master()) + ", mac " + l.address();
    }

    /** The device a fact is about; its absence fails the fact as "nothing to judge", naming it. */
    static Link existing(String expected, LinkRef link, Reading<Optional<Link>> reading) {
        return reading.value().orElseThrow(() -> Facts.missing(expected, "interface " + link, reading));
    }

    // --- addresses (appended by the kernel-k8s helper; the lead may move them to an Addresses class) ---

    /** The link holds exactly this address and prefix length (e.g. 10.22.0.2/16). */
    public void expectHolds(LinkRef link, String cidr) {
        expectAddresses(link, link + " holds " + cidr, held -> held.contains(cidr));
    }

    /** The link holds this address with any prefix length (a gateway named without one). */
    public void expectHoldsIp(LinkRef link, String ip) {
        expectAddresses(link, link + " holds " + ip + " (any prefix length)",
                held -> held.stream().anyMatch(c -> c.startsWith(ip + "/")));
    }

    /** Judged on a link that exists: a missing link holds nothing, and proves nothing. */
    public void expectDoesNotHold(LinkRef link, String cidr) {
        expectAddresses(link, link + " does not hold " + cidr, held -> !held.contains(cidr));
    }

    /** Each of two links holds an IPv4 address, and no address of one is an address of the other. */
    public void expectDifferentIpv4Addresses(LinkRef one, LinkRef other) {
        Reading<List<AddressInfo>> first = lab.kernel(one.place()).addresses();
        Reading<List<AddressInfo>> second = lab.kernel(other.place()).addresses();
        String expected = one + " and " + other + " each hold an IPv4 address, and not the same";
        List<String> a = ipv4Of(expected, one, first);
        List<String> b = ipv4Of(expected, other, second);
        Facts.expect(expected, netspec.lab.Readings.together(first, second, List.of(a, b)),
                both -> !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains),
                both -> one + " holds " + a + ", " + other + " holds " + b);
    }

    private void expectAddresses(LinkRef link, String expected, java.util.function.Predicate<List<String>> holds) {
        Reading<List<AddressInfo>> addresses = lab.kernel(link.place()).addresses();
        AddressInfo device = addresses.value().stream().filter(i -> link.name().value().equals(i.ifname()))
                .findFirst().orElseThrow(() -> Facts.missing(expected, "interface " + link, addresses));
        Facts.expect(expected, addresses, infos -> holds.test(device.cidrs()),
                infos -> link + " holds " + device.cidrs());
    }

    private static List<String> ipv4Of(String expected, LinkRef link, Reading<List<AddressInfo>> addresses) {
        AddressInfo device = addresses.value().stream().filter(i -> link.name().value().equals(i.ifname()))
                .findFirst().orElseThrow(() -> Facts.missing(expected, "interface " + link, addresses));
        return device.addresses("inet").stream().map(netspec.linux.Address::local).toList();
    }

    // appended by the link kinds (bond, vlan, vxlan, macvlan, ipvlan, tun/tap), for operations on any device

    /** The MAC address of a device a fact names ("from the MAC address of eth0 in ns1"); missing: nothing to judge. */
    public String existingMac(String expected, LinkRef link) {
        Reading<Optional<Link>> reading = read(link);
        Link device = existing(expected, link, reading);
        if (device.address() == null) {
            throw Facts.missing(expected, "a MAC address on " + link + " (kind " + device.kind() + ")", reading);
        }
        return device.address();
    }

    public void expectExists(LinkRef link) {
        Reading<Optional<Link>> reading = read(link);
        Facts.expect(link.place() + " has an interface " + link.name(), reading, Optional::isPresent,
                l -> link + " does not exist");
    }

    /** The same, for the kernel's refusals: whether and why it was refused is the evidence. */
    public netspec.shell.CommandResult attemptSetMaster(LinkRef port, netspec.evidence.args.InterfaceName master) {
        return lab.attempt(port.place(), masterCommand(port, master));
    }

    public void expectSameMac(LinkRef one, LinkRef other) {
        requireTwo(one, other);
        expectMacs(one + " has the MAC address of " + other, one, other, true);
    }

    /** A device compared with itself holds, or fails, whatever the kernel does: no claim, refused as one. */
    private static void requireTwo(LinkRef one, LinkRef other) {
        if (one.equals(other)) {
            throw new InvalidStepArgument("interface", one.toString(), "it is named twice; compare two different"
                    + " interfaces");
        }
    }

    private void expectMacs(String expected, LinkRef one, LinkRef other, boolean same) {
        Reading<Optional<Link>> first = read(one);
        Reading<Optional<Link>> second = read(other);
        Reading<List<Optional<Link>>> both = netspec.lab.Readings.together(first, second,
                List.of(first.value(), second.value()));
        String a = existingMac(expected, one);
        String b = existingMac(expected, other);
        Facts.expect(expected, both, devices -> a.equalsIgnoreCase(b) == same,
                devices -> one + " has " + a + ", " + other + " has " + b);
    }
}
