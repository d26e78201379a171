package netspec.steps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.BondMode;
import netspec.evidence.args.InterfaceName;
import netspec.linux.Bond;
import netspec.linux.BondPort;
import netspec.linux.Link;
import netspec.evidence.Facts;
import netspec.evidence.Steadily;

/** Bonds: ports aggregated into one device, which of them carries the traffic, and what the bond saw of their links. */
public class BondSteps {

    /** A bond checking every 100 ms fails over at its next check; this leaves room for a loaded machine. */
    private static final Duration WATCHED = Duration.ofSeconds(1);

    private final Lab lab;
    private final Outcomes outcomes;

    public BondSteps(Lab lab, Outcomes outcomes) {
        this.lab = lab;
        this.outcomes = outcomes;
    }

    /** miimon: how often the bond reads its ports' carrier; only then does it notice a port losing its link. */
    @Given("a bond {link} in {word} mode, checking the link of its ports every {int} ms")
    public void aMonitoringBond(LinkRef bond, String mode, int miimon) {
        if (miimon < 1 || miimon > 10_000) {
            throw new IllegalArgumentException("a link check every " + miimon + " ms is invalid: use 1 to 10000 ms");
        }
        create(bond, BondMode.parse(mode), List.of("miimon", Integer.toString(miimon)));
    }

    /** With the kernel's defaults for everything but the mode, as `ip link add ... type bond mode M` leaves them. */
    @Given("a bond {link} in {word} mode")
    public void aBond(LinkRef bond, String mode) {
        create(bond, BondMode.parse(mode), List.of());
    }

    /** The kernel takes only a port that is down; the bond brings it up itself. */
    @Given("{link} joins the bond {iface}")
    public void join(LinkRef port, InterfaceName bond) {
        lab.run("setting " + port + " down to join " + bond, port.place(), "ip", "link", "set", port.name().value(),
                "down");
        lab.run("adding " + port + " to " + bond, port.place(), "ip", "link", "set", port.name().value(), "master",
                bond.value());
    }

    @When("{link} is added to the bond {iface} while it is up")
    public void addWhileUp(LinkRef port, InterfaceName bond) {
        outcomes.attempt(port.place(), lab.attempt(port.place(), "ip", "link", "set", port.name().value(), "master",
                bond.value()));
    }

    @Then("{link} checks the link of its ports every {int} ms")
    public void checksEvery(LinkRef bond, int miimon) {
        expectBond(bond, "checks its ports' link every " + miimon + " ms (miimon " + miimon + ")",
                b -> b.miimon() == miimon);
    }

    @Then("{link} does not check the link of its ports")
    public void checksNever(LinkRef bond) {
        expectBond(bond, "does not check its ports' link (miimon 0)", b -> !b.monitorsLinks());
    }

    @Then("within {seconds} second(s) the active port of {link} is {iface}")
    public void activePortWithin(int seconds, LinkRef bond, InterfaceName port) {
        Facts.eventually("the active port of " + bond + " is " + port, () -> bondOf(bond),
                b -> b.flatMap(Bond::active).filter(port.value()::equals).isPresent(), b -> describe(bond, b),
                Duration.ofSeconds(seconds));
    }

    @Then("the active port of {link} stays {iface}")
    public void activePortStays(LinkRef bond, InterfaceName port) {
        Steadily.expect("the active port of " + bond + " is " + port, () -> bondOf(bond),
                b -> b.flatMap(Bond::active).filter(port.value()::equals).isPresent(), b -> describe(bond, b), WATCHED);
    }

    @Then("{link} has no active port")
    public void noActivePort(LinkRef bond) {
        Facts.eventually(bond + " has no active port", () -> bondOf(bond),
                b -> b.isPresent() && b.get().active().isEmpty(), b -> describe(bond, b), WATCHED);
    }

    @Then("the bond port {link} is {word}")
    public void portState(LinkRef port, String state) {
        if (!state.equals("active") && !state.equals("backup")) {
            throw new IllegalArgumentException("bond port state '" + state + "' is invalid: use active or backup");
        }
        Predicate<BondPort> holds = state.equals("active") ? BondPort::isActive : BondPort::isBackup;
        Facts.eventually(port + " is " + (state.equals("active") ? "an" : "a") + " " + state + " port of its bond",
                () -> portOf(port),
                p -> p.filter(holds).isPresent(), p -> describePort(port, p), WATCHED);
    }

    @Then("the bond saw the link of {link} fail")
    public void sawFailure(LinkRef port) {
        Facts.eventually("the bond saw the link of " + port + " go down (mii_status DOWN, a link failure counted)",
                () -> portOf(port), p -> p.filter(b -> !b.linkSeenUp() && b.linkFailureCount() > 0).isPresent(),
                p -> describePort(port, p), WATCHED);
    }

    /** Watched for a while: a bond that checks links would have seen the failure within that time. */
    @Then("the bond did not see the link of {link} fail")
    public void sawNoFailure(LinkRef port) {
        Steadily.expect("the bond still sees the link of " + port + " up, with no link failure counted",
                () -> portOf(port), p -> p.filter(b -> b.linkSeenUp() && b.linkFailureCount() == 0).isPresent(),
                p -> describePort(port, p), WATCHED);
    }

    private void create(LinkRef bond, BondMode mode, List<String> options) {
        List<String> argv = new ArrayList<>(List.of("ip", "link", "add", bond.name().value(), "type", "bond", "mode",
                mode.word()));
        argv.addAll(options);
        lab.run("creating bond " + bond, bond.place(), argv.toArray(String[]::new));
        lab.run("bringing up " + bond, bond.place(), "ip", "link", "set", bond.name().value(), "up");
    }

    private void expectBond(LinkRef bond, String fact, Predicate<Bond> holds) {
        Facts.expect(bond + " " + fact, bondOf(bond), b -> b.filter(holds).isPresent(), b -> describe(bond, b));
    }

    private Reading<Optional<Bond>> bondOf(LinkRef bond) {
        return view(bond, Bond::of);
    }

    private Reading<Optional<BondPort>> portOf(LinkRef port) {
        return view(port, BondPort::of);
    }

    private <T> Reading<Optional<T>> view(LinkRef link, Function<Link, Optional<T>> of) {
        Place place = link.place();
        Reading<Optional<Link>> reading = lab.kernel(place).link(link.name());
        return new Reading<>(place, reading.result(), reading.value().flatMap(of));
    }

    private static String describe(LinkRef bond, Optional<Bond> b) {
        return b.map(Bond::toString).orElse(bond + " is no bond (or does not exist)");
    }

    private static String describePort(LinkRef port, Optional<BondPort> p) {
        return p.map(b -> port + ": " + b).orElse(port + " is no bond port (or does not exist)");
    }
}
