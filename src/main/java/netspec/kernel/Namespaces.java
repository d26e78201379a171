package netspec.kernel;

import netspec.evidence.Place;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.NamespaceName;
import netspec.lab.Lab;
import netspec.lab.LinkRef;

/**
 * Named network namespaces of the scenario (inside its sandbox): creating one (with its loopback up, as a runtime
 * gives it), deleting one, and the usual container wiring of a namespace to a bridge through a veth pair.
 *
 * <pre>{@code
 * namespaces.create(ns1);                                   // ip netns add ns1; ip -n ns1 link set lo up
 * namespaces.plugInto(ns1, br0, veth1, eth0, 10.0.0.1/24);  // veth1 -- eth0 in ns1, veth1 a port of br0
 * namespaces.delete(ns1);                                   // ip netns delete ns1: its devices go with it
 * }</pre>
 */
public final class Namespaces {

    private final Lab lab;
    private final Links links;
    private final Veths veths;
    private final Bridges bridges;
    private final Addresses addresses;

    public Namespaces(Lab lab, Links links, Veths veths, Bridges bridges, Addresses addresses) {
        this.lab = lab;
        this.links = links;
        this.veths = veths;
        this.bridges = bridges;
        this.addresses = addresses;
    }

    public void create(NamespaceName name) {
        lab.addNamespace(name);
    }

    /** What existed is remembered first, so that the devices it took with it can be judged gone. */
    public void delete(NamespaceName name) {
        if (!lab.places().contains(Place.of(name))) {
            throw new IllegalArgumentException("namespace " + name + " was not created in this scenario");
        }
        links.rememberWhatExists();
        lab.run("deleting namespace " + name, Place.HOST, "ip", "netns", "delete", name.value());
        lab.forgetNamespace(name);
    }

    /** A veth pair, one end a port of the host's bridge, the other inside the new namespace with an address. */
    public void plugInto(NamespaceName name, InterfaceName bridge, InterfaceName hostEnd, InterfaceName nsEnd,
                         Cidr address) {
        create(name);
        LinkRef host = new LinkRef(hostEnd, Place.HOST);
        LinkRef inside = new LinkRef(nsEnd, Place.of(name));
        veths.create(host, inside);
        bridges.attach(host, bridge);
        addresses.add(inside, address);
    }
}
