package netspec.kernel;

import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpvlanMode;
import netspec.evidence.args.NamespaceName;
import netspec.lab.Lab;
import netspec.lab.LinkRef;

/**
 * ipvlan devices: addresses of their own on top of one parent, all behind the parent's MAC address.
 *
 * <pre>{@code
 * // ip link add iv1 link up0 netns ns1 type ipvlan mode l3; ip address add 10.0.0.1/24 dev iv1; up (in ns1)
 * ipvlans.createIn(new InterfaceName("iv1"), up0, IpvlanMode.parse("l3"), ns1, Cidr.parse("10.0.0.1/24"));
 * ipvlans.expectIpvlan(iv1InNs1, up0, IpvlanMode.parse("l3"));
 * }</pre>
 */
public final class Ipvlans {

    private final Lab lab;
    private final Links links;
    private final Addresses addresses;

    public Ipvlans(Lab lab, Links links, Addresses addresses) {
        this.lab = lab;
        this.links = links;
        this.addresses = addresses;
    }

    /** Created next to its parent and moved into the namespace at birth, as a container runtime does. */
    public void createIn(InterfaceName name, LinkRef parent, IpvlanMode mode, NamespaceName namespace, Cidr address) {
        StackedDevices.createIn(lab, addresses, links, "ipvlan", mode.word(), name, parent, namespace, address);
    }

    public void expectIpvlan(LinkRef child, LinkRef parent, IpvlanMode mode) {
        StackedDevices.expectOn(links, child, parent, "an ipvlan in " + mode.word() + " mode", "ipvlan",
                data -> mode.word().equals(data.path("mode").asText()),
                data -> "mode " + data.path("mode").asText("?"));
    }
}
