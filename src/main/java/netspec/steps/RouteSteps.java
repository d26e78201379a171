package netspec.steps;

import io.cucumber.java.en.Given;
import netspec.evidence.Place;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.kernel.Routes;

/** Routes and forwarding: where a place sends packets for a destination that is not on one of its links. */
public class RouteSteps {

    private final Routes routes;

    public RouteSteps(Routes routes) {
        this.routes = routes;
    }

    /** Straight out of the device, as if every address of the prefix were on its link. */
    @Given("{place} has a route to {cidr} through {iface}")
    public void routeThrough(Place place, Cidr destination, InterfaceName device) {
        routes.addThrough(place, destination, device);
    }

    @Given("{place} has a route to {cidr} via {ip}")
    public void routeVia(Place place, Cidr destination, IpAddress gateway) {
        routes.addVia(place, destination, gateway);
    }

    /** A namespace starts with forwarding off: it delivers what is for it and drops what is for others. */
    @Given("{place} forwards IPv4")
    public void forwards(Place place) {
        routes.enableForwarding(place);
    }
}
