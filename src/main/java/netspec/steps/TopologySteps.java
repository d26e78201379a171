package netspec.steps;

import java.util.ArrayList;
import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import netspec.kernel.Veths;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Place;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.NamespaceName;

/** Steps that build a topology: namespaces, bridges, veth pairs, addresses, and changes to them. */
public class TopologySteps {

    private final Lab lab;
    private final Veths veths;

    public TopologySteps(Lab lab, Veths veths) {
        this.lab = lab;
        this.veths = veths;
    }

    @Given("a namespace {netns}")
    public void aNamespace(NamespaceName name) {
        lab.addNamespace(name);
    }

    @Given("a bridge {iface}")
    public void aBridge(InterfaceName bridge) {
        lab.run("creating bridge " + bridge, Place.HOST, "ip", "link", "add", bridge.value(), "type", "bridge");
        lab.run("bringing up " + bridge, Place.HOST, "ip", "link", "set", bridge.value(), "up");
    }

    @Given("a dummy interface {iface}")
    public void aDummy(InterfaceName name) {
        lab.run("creating dummy " + name, Place.HOST, "ip", "link", "add", name.value(), "type", "dummy");
        lab.run("bringing up " + name, Place.HOST, "ip", "link", "set", name.value(), "up");
    }

    /** The usual container wiring: a veth pair, one end a port of the bridge, the other inside the namespace. */
    @Given("a namespace {netns} plugged into {iface} through {iface}, with {iface} at {cidr}")
    public void aNamespacePluggedIntoBridge(NamespaceName ns, InterfaceName bridge, InterfaceName hostEnd,
                                            InterfaceName nsEnd, Cidr address) {
        lab.addNamespace(ns);
        lab.run("creating veth pair " + hostEnd + "/" + nsEnd, Place.HOST, "ip", "link", "add", hostEnd.value(),
                "type", "veth", "peer", "name", nsEnd.value(), "netns", ns.value());
        lab.run("attaching " + hostEnd + " to " + bridge, Place.HOST,
                "ip", "link", "set", hostEnd.value(), "master", bridge.value(), "up");
        Place inside = Place.of(ns);
        lab.run("addressing " + nsEnd, inside, "ip", "address", "add", address.toString(), "dev", nsEnd.value());
        lab.run("bringing up " + nsEnd, inside, "ip", "link", "set", nsEnd.value(), "up");
    }

    @Given("a veth pair {link} -- {link}")
    public void aVethPair(LinkRef one, LinkRef other) {
        veths.create(one, other);
    }

    @Given("{link} has the address {cidr}")
    public void hasAddress(LinkRef link, Cidr address) {
        lab.run("addressing " + link, link.place(), "ip", "address", "add", address.toString(), "dev", link.name().value());
    }

    @Given("learning is switched off on port {iface}")
    public void learningOff(InterfaceName port) {
        lab.run("switching learning off on " + port, Place.HOST, "bridge", "link", "set", "dev", port.value(),
                "learning", "off");
    }

    /** Drops the dynamically learned entries, not the permanent ones of the bridge's own ports. */
    @Given("{iface} forgets the addresses it has learned")
    public void flushLearned(InterfaceName bridge) {
        lab.run("flushing the fdb of " + bridge, Place.HOST, "ip", "link", "set", bridge.value(), "type", "bridge",
                "fdb_flush");
    }

    @When("{link} is set down")
    public void setDown(LinkRef link) {
        lab.run("setting " + link + " down", link.place(), "ip", "link", "set", link.name().value(), "down");
    }

    @When("{link} is set up")
    public void setUp(LinkRef link) {
        lab.run("setting " + link + " up", link.place(), "ip", "link", "set", link.name().value(), "up");
    }

    @When("{link} is deleted")
    public void delete(LinkRef link) {
        lab.run("deleting " + link, link.place(), "ip", "link", "delete", link.name().value());
    }

    @When("{link} is removed from its bridge")
    public void removeFromBridge(LinkRef link) {
        lab.run("detaching " + link, link.place(), "ip", "link", "set", link.name().value(), "nomaster");
    }

    /** An end meant for the host stays where it is created; others move into their namespace at birth. */
    private static List<String> intoNamespace(LinkRef link) {
        return link.place().netns().map(ns -> List.of("netns", ns.value())).orElse(List.of());
    }
}
