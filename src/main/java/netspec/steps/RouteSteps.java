package netspec.steps;

import io.cucumber.java.en.Given;
import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;

/** Routes and forwarding: where a place sends packets for a destination that is not on one of its links. */
public class RouteSteps {

    private final Lab lab;

    public RouteSteps(Lab lab) {
        this.lab = lab;
    }

    /** Straight out of the device, as if every address of the prefix were on its link. */
    @Given("{place} has a route to {cidr} through {iface}")
    public void routeThrough(Place place, Cidr destination, InterfaceName device) {
        lab.run("routing " + destination + " through " + device, place, "ip", "route", "add", destination.toString(),
                "dev", device.value());
    }

    @Given("{place} has a route to {cidr} via {ip}")
    public void routeVia(Place place, Cidr destination, IpAddress gateway) {
        lab.run("routing " + destination + " via " + gateway, place, "ip", "route", "add", destination.toString(),
                "via", gateway.value());
    }

    /** A namespace starts with forwarding off: it delivers what is for it and drops what is for others. */
    @Given("{place} forwards IPv4")
    public void forwards(Place place) {
        lab.run("switching IPv4 forwarding on in " + place, place, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1");
    }
}
