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
}
