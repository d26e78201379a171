package netspec.kernel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.evidence.Steadily;
import netspec.evidence.args.BondMode;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.InvalidStepArgument;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.Bond;
import netspec.linux.BondPort;
import netspec.linux.Link;
import netspec.shell.CommandResult;

/**
 * Bonds: ports aggregated into one device, which of them carries the traffic, and what the bond saw of their
 * links (miimon: how often it reads its ports' carrier; only then does it notice a port losing its link).
 *
 * <pre>{@code
 * bonds.create(bond0, BondMode.parse("active-backup"), 100);   // ip link add bond0 type bond mode active-backup miimon 100
 * bonds.join(p1, bond0.name());                                // ip link set p1 down; ip link set p1 master bond0
 * bonds.expectActivePortWithin(bond0, p1.name(), Duration.ofSeconds(1));
 * }</pre>
 */
public final class Bonds {

    /** A bond checking every 100 ms fails over at its next check; this leaves room for a loaded machine. */
    private static final Duration WATCHED = Duration.ofSeconds(1);

    private final Lab lab;
    private final Links links;

    public Bonds(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    /** With the kernel's defaults for everything but the mode, as `ip link add ... type bond mode M` leaves them. */
    public void create(LinkRef bond, BondMode mode) {
        create(bond, mode, List.of());
    }

    public void create(LinkRef bond, BondMode mode, int miimon) {
        if (miimon < 1 || miimon > 10_000) {
            throw new InvalidStepArgument("link check interval", miimon + " ms", "1 to 10000 ms");
        }
        create(bond, mode, List.of("miimon", Integer.toString(miimon)));
    }

    /** The kernel takes only a port that is down; the bond brings it up itself. */
    public void join(LinkRef port, InterfaceName bond) {
        links.setDown(port);
        links.setMaster(port, bond);
    }

    /** For the kernel's refusal of a port that is up: whether and why it was refused is the evidence. */
    public CommandResult attemptJoinWhileUp(LinkRef port, InterfaceName bond) {
        return links.attemptSetMaster(port, bond);
    }

    public void expectChecksEvery(LinkRef bond, int miimon) {
        expectBond(bond, "checks its ports' link every " + miimon + " ms (miimon " + miimon + ")",
                b -> b.miimon() == miimon);
    }

    public void expectChecksNever(LinkRef bond) {
        expectBond(bond, "does not check its ports' link (miimon 0)", b -> !b.monitorsLinks());
    }

    public void expectActivePortWithin(LinkRef bond, InterfaceName port, Duration within) {
        Facts.eventually("the active port of " + bond + " is " + port, () -> bondOf(bond),
                b -> b.flatMap(Bond::active).filter(port.value()::equals).isPresent(), b -> describe(bond, b), within);
    }

    public void expectActivePortStays(LinkRef bond, InterfaceName port) {
        Steadily.expect("the active port of " + bond + " is " + port, () -> bondOf(bond),
                b -> b.flatMap(Bond::active).filter(port.value()::equals).isPresent(), b -> describe(bond, b), WATCHED);
    }

    /** A bond that does not exist has no active port either: it must exist. */
    public void expectNoActivePort(LinkRef bond) {
        Facts.eventually(bond + " has no active port", () -> bondOf(bond),
                b -> b.isPresent() && b.get().active().isEmpty(), b -> describe(bond, b), WATCHED);
    }

    public void expectPortState(LinkRef port, String state) {
        if (!state.equals("active") && !state.equals("backup")) {
            throw new InvalidStepArgument("bond port state", state, "active or backup");
        }
        Predicate<BondPort> holds = state.equals("active") ? BondPort::isActive : BondPort::isBackup;
        Facts.eventually(port + " is " + (state.equals("active") ? "an" : "a") + " " + state + " port of its bond",
                () -> portOf(port), p -> p.filter(holds).isPresent(), p -> describePort(port, p), WATCHED);
    }

    public void expectSawFailure(LinkRef port) {
        Facts.eventually("the bond saw the link of " + port + " go down (mii_status DOWN, a link failure counted)",
                () -> portOf(port), p -> p.filter(b -> !b.linkSeenUp() && b.linkFailureCount() > 0).isPresent(),
                p -> describePort(port, p), WATCHED);
    }

    /** Watched for a while, on a port that is in the bond: a bond that checks links would have seen it. */
    public void expectSawNoFailure(LinkRef port) {
        Steadily.expect("the bond still sees the link of " + port + " up, with no link failure counted",
                () -> portOf(port), p -> p.filter(b -> b.linkSeenUp() && b.linkFailureCount() == 0).isPresent(),
                p -> describePort(port, p), WATCHED);
    }

    private void create(LinkRef bond, BondMode mode, List<String> options) {
        List<String> argv = new ArrayList<>(List.of("ip", "link", "add", bond.name().value(), "type", "bond", "mode",
                mode.word()));
        argv.addAll(options);
        lab.run("creating bond " + bond, bond.place(), argv.toArray(String[]::new));
        links.setUp(bond);
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
        Reading<Optional<Link>> reading = links.read(link);
        return new Reading<>(reading.place(), reading.result(), reading.value().flatMap(of));
    }

    private static String describe(LinkRef bond, Optional<Bond> b) {
        return b.map(Bond::toString).orElse(bond + " is no bond (or does not exist)");
    }

    private static String describePort(LinkRef port, Optional<BondPort> p) {
        return p.map(b -> port + ": " + b).orElse(port + " is no bond port (or does not exist)");
    }
}
