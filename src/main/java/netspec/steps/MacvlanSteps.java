package netspec.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.lab.Readings;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.MacvlanMode;
import netspec.evidence.args.NamespaceName;
import netspec.linux.Link;
import netspec.linux.LowerDevice;
import netspec.evidence.Facts;

/** macvlan devices: MAC addresses of their own on top of one parent, and the mode that says who talks to whom. */
public class MacvlanSteps {

    private final Lab lab;
    private final Outcomes outcomes;

    public MacvlanSteps(Lab lab, Outcomes outcomes) {
        this.lab = lab;
        this.outcomes = outcomes;
    }

    /** Created next to its parent and moved into the namespace at birth, as a container runtime does. */
    @Given("a macvlan {iface} on {link} in {word} mode, in {netns} with address {cidr}")
    public void aMacvlanInNamespace(InterfaceName name, LinkRef parent, String mode, NamespaceName ns, Cidr address) {
        MacvlanMode kind = MacvlanMode.parse(mode);
        lab.run("creating macvlan " + name, parent.place(),
                macvlan(name, parent, kind, List.of("netns", ns.value())));
        Place inside = Place.of(ns);
        lab.run("addressing " + name, inside, "ip", "address", "add", address.toString(), "dev", name.value());
        lab.run("bringing up " + name, inside, "ip", "link", "set", name.value(), "up");
    }

    @Given("a macvlan {iface} on {link} in {word} mode")
    public void aMacvlan(InterfaceName name, LinkRef parent, String mode) {
        MacvlanMode kind = MacvlanMode.parse(mode);
        lab.run("creating macvlan " + name, parent.place(), macvlan(name, parent, kind, List.of()));
        lab.run("bringing up " + name, parent.place(), "ip", "link", "set", name.value(), "up");
    }

    /** The usual remedy for a host that cannot reach its macvlan children: its address goes onto a sibling. */
    @Given("the address {cidr} is moved from {link} to {link}")
    public void moveAddress(Cidr address, LinkRef from, LinkRef to) {
        lab.run("removing " + address + " from " + from, from.place(), "ip", "address", "del", address.toString(),
                "dev", from.name().value());
        lab.run("adding " + address + " to " + to, to.place(), "ip", "address", "add", address.toString(), "dev",
                to.name().value());
    }

    /** For the kernel's refusals: the outcome is judged by a Then-step. */
    @When("another macvlan {iface} is added on {link} in {word} mode")
    public void anotherMacvlan(InterfaceName name, LinkRef parent, String mode) {
        MacvlanMode kind = MacvlanMode.parse(mode);
        outcomes.attempt(parent.place(), lab.attempt(parent.place(), macvlan(name, parent, kind, List.of())));
    }

    @Then("{link} is a macvlan on {link} in {word} mode")
    public void isMacvlanOn(LinkRef child, LinkRef parent, String mode) {
        MacvlanMode kind = MacvlanMode.parse(mode);
        Link lower = lab.kernel(parent.place()).existingLink(parent.name());
        Reading<Optional<Link>> reading = lab.kernel(child.place()).link(child.name());
        // the parent is named only when it lives in the same namespace; its index is always given
        Facts.expect(child + " is a macvlan in " + kind.word() + " mode whose lower device has ifindex "
                        + lower.ifindex() + " (" + parent + ")", reading,
                l -> l.filter(c -> "macvlan".equals(c.kind())
                        && kind.word().equals(c.linkinfo().data().path("mode").asText())
                        && LowerDevice.isBelow(lower, c)).isPresent(),
                l -> l.map(c -> c.ifname() + ": kind " + c.kind() + ", mode " + c.linkinfo().data().path("mode")
                        .asText("?") + ", lower device " + LowerDevice.of(c))
                        .orElse(child + " does not exist"));
    }

    @Then("{link} and {link} have different MAC addresses")
    public void differentMacs(LinkRef one, LinkRef other) {
        Reading<List<String>> macs = macsOf(one, other);
        Facts.expect(one + " and " + other + " have different MAC addresses", macs,
                m -> m.get(0) != null && !m.get(0).equalsIgnoreCase(m.get(1)),
                m -> one + " has " + m.get(0) + ", " + other + " has " + m.get(1));
    }

    @Then("{link} has the same MAC address as {link}")
    public void sameMac(LinkRef one, LinkRef other) {
        Reading<List<String>> macs = macsOf(one, other);
        Facts.expect(one + " has the MAC address of " + other, macs,
                m -> m.get(0) != null && m.get(0).equalsIgnoreCase(m.get(1)),
                m -> one + " has " + m.get(0) + ", " + other + " has " + m.get(1));
    }

    /** Both links read, and both readings kept as the evidence. */
    private Reading<List<String>> macsOf(LinkRef one, LinkRef other) {
        Reading<Optional<Link>> first = lab.kernel(one.place()).link(one.name());
        Reading<Optional<Link>> second = lab.kernel(other.place()).link(other.name());
        List<String> macs = new ArrayList<>();
        macs.add(first.value().map(Link::address).orElse(null));
        macs.add(second.value().map(Link::address).orElse(null));
        return Readings.together(first, second, macs);
    }

    private static String[] macvlan(InterfaceName name, LinkRef parent, MacvlanMode mode, List<String> where) {
        List<String> argv = new ArrayList<>(List.of("ip", "link", "add", name.value(), "link", parent.name().value()));
        argv.addAll(where);
        argv.addAll(List.of("type", "macvlan", "mode", mode.word()));
        return argv.toArray(String[]::new);
    }
}
