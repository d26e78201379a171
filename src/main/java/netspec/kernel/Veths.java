package netspec.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.lab.Readings;
import netspec.linux.Link;

/**
 * Veth pairs: two ends created together, each in any namespace, and the fact that two ends are each other's peer.
 *
 * <pre>{@code
 * veths.create(veth1, eth0InNs1);   // ip link add veth1 up type veth peer name eth0 netns ns1; eth0 set up
 * veths.expectPeers(veth1, eth0InNs1);
 * }</pre>
 */
public final class Veths {

    private final Lab lab;
    private final Links links;

    public Veths(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    /** Both ends are created in their namespaces at birth (an end moved later arrives down, without addresses). */
    public void create(LinkRef one, LinkRef other) {
        // "up" brings up the first end as it is made (one process less); the peer's flags are its own
        List<String> argv = new ArrayList<>(List.of("ip", "link", "add", one.name().value()));
        argv.addAll(intoNamespace(one));
        argv.addAll(List.of("up", "type", "veth", "peer", "name", other.name().value()));
        argv.addAll(intoNamespace(other));
        lab.run("creating veth pair", Place.HOST, argv.toArray(String[]::new));
        links.setUp(other);
    }

    /**
     * Each end names its peer by ifindex (and by name too when both live in the same namespace); across
     * namespaces the index is the peer's index in its own namespace, so both directions are checked.
     */
    public void expectPeers(LinkRef one, LinkRef other) {
        expectPaired(one, other, true);
    }

    /** Two ends that exist, neither naming the other as its peer (or not being a veth at all). */
    public void expectNotPeers(LinkRef one, LinkRef other) {
        expectPaired(one, other, false);
    }

    private void expectPaired(LinkRef one, LinkRef other, boolean paired) {
        Reading<Optional<Link>> first = links.read(one);
        Reading<Optional<Link>> second = links.read(other);
        String expected = one + " and " + other + (paired ? " are" : " are not") + " the two ends of one veth pair";
        Reading<List<Optional<Link>>> both = Readings.together(first, second, List.of(first.value(), second.value()));
        Link a = Links.existing(expected, one, first);
        Link b = Links.existing(expected, other, second);
        boolean sameNamespace = one.place().equals(other.place());
        Facts.expect(expected, both, ends -> paired
                        ? pointsAt(a, b, sameNamespace) && pointsAt(b, a, sameNamespace)
                        : !pointsAt(a, b, sameNamespace) && !pointsAt(b, a, sameNamespace),
                ends -> describeEnd(one, a) + "; " + describeEnd(other, b));
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

    /**
     * The other end of {@code end} among the links of one other namespace: the veth it points at by ifindex that
     * points back at it (an ifindex alone may be taken by an unrelated link of that namespace).
     */
    public static Optional<Link> peerAmong(Link end, List<Link> otherNamespace) {
        return otherNamespace.stream().filter(l -> pointsAt(end, l, false) && pointsAt(l, end, false)).findFirst();
    }

    private static String describeEnd(LinkRef ref, Link link) {
        return ref + ": kind " + link.kind() + ", ifindex " + link.ifindex() + ", peer "
                + (link.link() != null ? link.link() : "ifindex " + link.linkIndex() + " in netnsid " + link.linkNetnsid());
    }

    private static List<String> intoNamespace(LinkRef link) {
        return link.place().netns().map(ns -> List.of("netns", ns.value())).orElse(List.of());
    }
}
