package netspec.kernel;

import netspec.evidence.Place;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.lab.Lab;

/**
 * Routes and forwarding: where a place sends packets for a destination that is not on one of its links.
 *
 * <pre>{@code
 * routes.addVia(ns1, Cidr.parse("10.0.2.0/24"), IpAddress.parse("10.0.1.254"));  // ip route add ... via ...
 * routes.enableForwarding(Place.HOST);                                           // sysctl net.ipv4.ip_forward=1
 * }</pre>
 */
public final class Routes {

    private final Lab lab;

    public Routes(Lab lab) {
        this.lab = lab;
    }

    /** Straight out of the device, as if every address of the prefix were on its link. */
    public void addThrough(Place place, Cidr destination, InterfaceName device) {
        lab.run("routing " + destination + " through " + device, place, "ip", "route", "add", destination.toString(),
                "dev", device.value());
    }

    public void addVia(Place place, Cidr destination, IpAddress gateway) {
        lab.run("routing " + destination + " via " + gateway, place, "ip", "route", "add", destination.toString(),
                "via", gateway.value());
    }

    /** Everything without a more specific route goes to the gateway, as a pod's default route does. */
    public void addDefaultVia(Place place, IpAddress gateway) {
        lab.run("routing " + place + " through " + gateway, place, "ip", "route", "add", "default", "via",
                gateway.value());
    }

    /** A namespace starts with forwarding off: it delivers what is for it and drops what is for others. */
    public void enableForwarding(Place place) {
        lab.run("switching IPv4 forwarding on in " + place, place, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1");
    }
}
