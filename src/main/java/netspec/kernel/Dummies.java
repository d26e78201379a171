package netspec.kernel;

import netspec.lab.Lab;
import netspec.lab.LinkRef;

/**
 * Dummy devices: a device that drops whatever it is sent, the usual holder of an address nobody else owns.
 *
 * <pre>{@code
 * dummies.create(dummy0);   // ip link add dummy0 type dummy; ip link set dummy0 up
 * }</pre>
 */
public final class Dummies {

    private final Lab lab;
    private final Links links;

    public Dummies(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    public void create(LinkRef dummy) {
        lab.run("creating dummy " + dummy, dummy.place(), "ip", "link", "add", dummy.name().value(), "type", "dummy");
        links.setUp(dummy);
    }
}
