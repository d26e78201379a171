package netspec.steps;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import io.cucumber.java.en.Then;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.lab.Readings;
import netspec.evidence.args.InterfaceName;
import netspec.linux.Link;
import netspec.evidence.Facts;

/** Facts about single links, read back with {@code ip -j -d -s link show}. */
public class LinkFactSteps {

    /** Carrier and operstate follow a change within microseconds, but asynchronously (linkwatch). */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    /** The flags ip-link prints between angle brackets. */
    private static final Set<String> FLAGS = Set.of("UP", "LOWER_UP", "NO-CARRIER", "BROADCAST", "MULTICAST",
            "NOARP", "POINTOPOINT", "LOOPBACK", "PROMISC", "ALLMULTI", "MASTER", "SLAVE", "DORMANT", "M-DOWN", "ECHO");

    private final Lab lab;

    public LinkFactSteps(Lab lab) {
        this.lab = lab;
    }

    @Then("{link} is in promiscuous mode")
    public void promiscuous(LinkRef link) {
        expectLink(link, "is in promiscuous mode", Link::isPromiscuous);
    }

    @Then("{link} is not in promiscuous mode")
    public void notPromiscuous(LinkRef link) {
        expectLink(link, "is not in promiscuous mode", l -> !l.isPromiscuous());
    }

    /** NOARP, for one: the device resolves no neighbour, it sends to every address as if it were on its link. */
    @Then("{link} has the flag {word}")
    public void hasFlag(LinkRef link, String flag) {
        expectLink(link, "has the flag " + knownFlag(flag), l -> l.hasFlag(flag));
    }

    @Then("{link} does not have the flag {word}")
    public void lacksFlag(LinkRef link, String flag) {
        expectLink(link, "does not have the flag " + knownFlag(flag), l -> !l.hasFlag(flag));
    }

    @Then("{link} has no master")
    public void noMaster(LinkRef link) {
        expectLink(link, "has no master", l -> l.master() == null);
    }

    @Then("{link} is a port of {iface}")
    public void portOf(LinkRef link, InterfaceName bridge) {
        expectLink(link, "is a port of " + bridge, l -> bridge.value().equals(l.master()));
    }

    @Then("{link} has carrier")
    public void hasCarrier(LinkRef link) {
        eventuallyLink(link, "has carrier", Link::hasCarrier);
    }

    @Then("{link} has no carrier")
    public void hasNoCarrier(LinkRef link) {
        eventuallyLink(link, "has no carrier (NO-CARRIER)", l -> !l.hasCarrier());
    }

    @Then("{link} is still administratively up")
    public void adminUp(LinkRef link) {
        expectLink(link, "is administratively up (flag UP)", Link::isUp);
    }

    @Then("the operational state of {link} is {word}")
    public void operstate(LinkRef link, String state) {
        eventuallyLink(link, "has operational state " + state, l -> state.equals(l.operstate()));
    }

    @Then("{place} has no interface {iface}")
    public void noInterface(Place place, InterfaceName name) {
        Reading<Optional<Link>> reading = lab.kernel(place).link(name);
        Facts.expect(place + " has no interface " + name, reading, Optional::isEmpty,
                l -> name + " exists: " + l.map(LinkFactSteps::summary).orElse(""));
    }

    @Then("{link} has received every frame {link} sent, at least {int}")
    public void receivedEverything(LinkRef receiver, LinkRef sender, int atLeast) {
        // counters of both ends in one reading per end, retried until they agree: frames may still be in flight
        Facts.eventually(receiver + " received all " + sender + " transmitted (at least " + atLeast + ")",
                () -> pairCounters(sender, receiver),
                c -> c.senderTx() >= atLeast && c.senderTx() == c.receiverRx(),
                c -> sender + " tx_packets=" + c.senderTx() + ", " + receiver + " rx_packets=" + c.receiverRx(),
                SETTLE);
    }

    private Reading<PairCounters> pairCounters(LinkRef sender, LinkRef receiver) {
        Reading<Optional<Link>> tx = lab.kernel(sender.place()).link(sender.name());
        Reading<Optional<Link>> rx = lab.kernel(receiver.place()).link(receiver.name());
        return Readings.together(tx, rx, new PairCounters(
                tx.value().map(Link::txPackets).orElse(-1L), rx.value().map(Link::rxPackets).orElse(-1L)));
    }

    private record PairCounters(long senderTx, long receiverRx) {
    }

    private static String knownFlag(String flag) {
        if (!FLAGS.contains(flag)) {
            throw new IllegalArgumentException("link flag '" + flag + "' is invalid: use one of "
                    + String.join(", ", FLAGS.stream().sorted().toList()));
        }
        return flag;
    }

    private void expectLink(LinkRef link, String fact, Predicate<Link> holds) {
        Facts.expect(link + " " + fact, lab.kernel(link.place()).link(link.name()),
                l -> l.isPresent() && holds.test(l.get()), l -> describe(link, l));
    }

    private void eventuallyLink(LinkRef link, String fact, Predicate<Link> holds) {
        Facts.eventually(link + " " + fact, () -> lab.kernel(link.place()).link(link.name()),
                l -> l.isPresent() && holds.test(l.get()), l -> describe(link, l), SETTLE);
    }

    private static String describe(LinkRef link, Optional<Link> l) {
        return l.map(LinkFactSteps::summary).orElse(link + " does not exist");
    }

    static String summary(Link l) {
        return l.ifname() + ": flags " + l.flags() + ", operstate " + l.operstate() + ", promiscuity "
                + l.promiscuity() + ", master " + (l.master() == null ? "none" : l.master()) + ", mac " + l.address();
    }
}
