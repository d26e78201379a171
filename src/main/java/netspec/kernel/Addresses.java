package netspec.kernel;

import netspec.evidence.args.Cidr;
import netspec.lab.Lab;
import netspec.lab.LinkRef;

/**
 * IP addresses on devices. What a device has is read by {@link Links#expectNoAddress}; multicast groups joined
 * through an address are {@link Mdb#join}.
 *
 * <pre>{@code
 * addresses.add(eth0InNs1, Cidr.parse("10.0.0.1/24"));   // ip address add 10.0.0.1/24 dev eth0 (in ns1)
 * addresses.remove(eth0InNs1, "10.0.0.1/24");              // ip address del 10.0.0.1/24 dev eth0 (in ns1)
 * }</pre>
 */
public final class Addresses {

    private final Lab lab;

    public Addresses(Lab lab) {
        this.lab = lab;
    }

    public void add(LinkRef link, Cidr address) {
        lab.run("addressing " + link, link.place(), "ip", "address", "add", address.toString(), "dev",
                link.name().value());
    }

    /** ip address del CIDR dev LINK: the address as it was given, with its prefix length. */
    public void remove(LinkRef link, String cidr) {
        lab.run("removing " + cidr + " from " + link, link.place(), "ip", "address", "del", cidr, "dev",
                link.name().value());
    }

    /** The usual remedy for a host that cannot reach its macvlan children: its address goes onto a sibling. */
    public void move(Cidr address, LinkRef from, LinkRef to) {
        remove(from, address.toString());
        add(to, address);
    }
}
