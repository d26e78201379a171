package netspec.steps;

import java.util.List;
import java.util.Optional;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Reading;
import netspec.lab.Readings;
import netspec.evidence.args.NamespaceName;
import netspec.linux.Link;
import netspec.evidence.Facts;

/** A veth pair's two ends, wherever they live: which end is whose peer, and what moving an end does to it. */
public class VethSteps {

    private final Lab lab;

    public VethSteps(Lab lab) {
        this.lab = lab;
    }

    @When("{link} is moved into {netns}")
    public void moveInto(LinkRef end, NamespaceName target) {
        lab.run("moving " + end + " into " + target, end.place(), "ip", "link", "set", end.name().value(), "netns",
                target.value());
    }

    /**
     * Each end names its peer by ifindex (and by name too when both live in the same namespace); across
     * namespaces the index is the peer's index in its own namespace, so both directions are checked.
     */
    @Then("the peer of {link} is {link}")
    public void peerOf(LinkRef one, LinkRef other) {
        Reading<Optional<Link>> first = lab.kernel(one.place()).link(one.name());
        Reading<Optional<Link>> second = lab.kernel(other.place()).link(other.name());
        Reading<List<Optional<Link>>> both = Readings.together(first, second, List.of(first.value(), second.value()));
        boolean sameNamespace = one.place().equals(other.place());
        Facts.expect(one + " and " + other + " are the two ends of one veth pair", both,
                ends -> ends.get(0).isPresent() && ends.get(1).isPresent()
                        && pointsAt(ends.get(0).get(), ends.get(1).get(), sameNamespace)
                        && pointsAt(ends.get(1).get(), ends.get(0).get(), sameNamespace),
                ends -> describeEnd(one, ends.get(0)) + "; " + describeEnd(other, ends.get(1)));
    }

    @Then("{link} is administratively down")
    public void adminDown(LinkRef link) {
        Facts.expect(link + " is administratively down (no flag UP)", lab.kernel(link.place()).link(link.name()),
                l -> l.isPresent() && !l.get().isUp(),
                l -> l.map(x -> x.ifname() + ": flags " + x.flags()).orElse(link + " does not exist"));
    }

    @Then("{link} has no IP address")
    public void noAddress(LinkRef link) {
        Facts.expect(link + " has no IPv4 or IPv6 address", lab.kernel(link.place()).addresses(),
                infos -> infos.stream().anyMatch(i -> link.name().value().equals(i.ifname()) && i.addrInfo().isEmpty()),
                infos -> infos.stream().filter(i -> link.name().value().equals(i.ifname())).findFirst()
                        .map(i -> i.ifname() + " has " + i.cidrs()).orElse(link + " does not exist"));
    }

    private static boolean pointsAt(Link end, Link peer, boolean sameNamespace) {
        if (!"veth".equals(end.kind())) {
            return false;
        }
        if (sameNamespace) {
            return peer.ifname().equals(end.link());
        }
        return end.linkNetnsid() != null && Integer.valueOf(peer.ifindex()).equals(end.linkIndex());
    }

    private static String describeEnd(LinkRef ref, Optional<Link> link) {
        return link.map(l -> ref + ": kind " + l.kind() + ", ifindex " + l.ifindex() + ", peer "
                + (l.link() != null ? l.link() : "ifindex " + l.linkIndex() + " in netnsid " + l.linkNetnsid()))
                .orElse(ref + " does not exist");
    }
}
