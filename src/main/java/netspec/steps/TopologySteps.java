package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.Addresses;
import netspec.kernel.Bridges;
import netspec.kernel.Dummies;
import netspec.kernel.Links;
import netspec.kernel.Namespaces;
import netspec.kernel.Veths;
import netspec.lab.LinkRef;

/** Steps that build a topology: namespaces, bridges, veth pairs, dummies, addresses, and changes to them. */
public class TopologySteps {

    private final Namespaces namespaces;
    private final Bridges bridges;
    private final Veths veths;
    private final Dummies dummies;
    private final Addresses addresses;
    private final Links links;

    public TopologySteps(Namespaces namespaces, Bridges bridges, Veths veths, Dummies dummies, Addresses addresses,
                         Links links) {
        this.namespaces = namespaces;
        this.bridges = bridges;
        this.veths = veths;
        this.dummies = dummies;
        this.addresses = addresses;
        this.links = links;
    }

    @Given("a namespace {netns}")
    public void aNamespace(NamespaceName name) {
        namespaces.create(name);
    }

    /** A different phrase from a link's deletion: "ns2 is deleted" would be ambiguous. */
    @When("the namespace {netns} is deleted")
    public void deleteNamespace(NamespaceName name) {
        namespaces.delete(name);
    }

    /** "a bridge br0", or "a bridge br0 in ns1" inside a namespace. */
    @Given("a bridge {link}")
    public void aBridge(LinkRef bridge) {
        bridges.create(bridge);
    }

    @Given("a dummy interface {link}")
    public void aDummy(LinkRef dummy) {
        dummies.create(dummy);
    }

    /** The usual container wiring: a veth pair, one end a port of the bridge, the other inside the namespace. */
    @Given("a namespace {netns} plugged into {iface} through {iface}, with {iface} at {cidr}")
    public void aNamespacePluggedIntoBridge(NamespaceName ns, InterfaceName bridge, InterfaceName hostEnd,
                                            InterfaceName nsEnd, Cidr address) {
        namespaces.plugInto(ns, bridge, hostEnd, nsEnd, address);
    }

    @Given("a veth pair {link} -- {link}")
    public void aVethPair(LinkRef one, LinkRef other) {
        veths.create(one, other);
    }

    @Given("{link} has the address {cidr}")
    public void hasAddress(LinkRef link, Cidr address) {
        addresses.add(link, address);
    }

    @When("{link} is set down")
    public void setDown(LinkRef link) {
        links.setDown(link);
    }

    @When("{link} is set up")
    public void setUp(LinkRef link) {
        links.setUp(link);
    }

    /** Refuses the name of a namespace of the scenario: see "the namespace ... is deleted". */
    @When("{link} is deleted")
    public void delete(LinkRef link) {
        links.delete(link);
    }
}
