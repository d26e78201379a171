package netspec.steps;

import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.Place;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.kernel.Bridges;
import netspec.kernel.Fdb;
import netspec.kernel.Neighbours;
import netspec.lab.LinkRef;

/** A bridge's ports, seen from either side, and what it learned: its forwarding database and the neighbours. */
public class BridgeSteps {

    private final Bridges bridges;
    private final Fdb fdb;
    private final Neighbours neighbours;

    public BridgeSteps(Bridges bridges, Fdb fdb, Neighbours neighbours) {
        this.bridges = bridges;
        this.fdb = fdb;
        this.neighbours = neighbours;
    }

    /**
     * The netlink way (ip link set X master Y); a port of another bridge moves here in one step. A refusal is
     * judged by "the kernel refuses it with ...".
     */
    @Given("{link} is attached to {iface}")
    public void attach(LinkRef port, InterfaceName bridge) {
        bridges.tryAttach(port, bridge);
    }

    /** The older ioctl way (SIOCBRADDIF), as bridge-utils' brctl does it. */
    @When("{link} is attached to {iface} with brctl addif")
    public void attachWithBrctl(LinkRef port, InterfaceName bridge) {
        bridges.attachWithBrctl(port, bridge);
    }

    @When("{link} is removed from its bridge")
    public void detach(LinkRef port) {
        bridges.detach(port);
    }

    @Given("learning is switched off on port {link}")
    public void learningOff(LinkRef port) {
        bridges.switchLearningOff(port);
    }

    /** Drops the dynamically learned entries, not the permanent ones of the bridge's own ports. */
    @Given("{link} forgets the addresses it has learned")
    public void flushLearned(LinkRef bridge) {
        bridges.flushLearned(bridge);
    }

    @Then("{link} has no ports")
    public void noPorts(LinkRef bridge) {
        bridges.expectNoPorts(bridge);
    }

    @Then("the ports of {link} are {ifaces}")
    public void portsAre(LinkRef bridge, List<InterfaceName> ports) {
        bridges.expectPorts(bridge, ports);
    }

    @Then("{link} has learned the MAC address of {link} on port {iface}")
    public void learnedOnPort(LinkRef bridge, LinkRef station, InterfaceName port) {
        fdb.expectLearned(bridge, station, port);
    }

    @Then("{link} has not learned the MAC address of {link}")
    public void notLearned(LinkRef bridge, LinkRef station) {
        fdb.expectNotLearned(bridge, station);
    }

    @Then("{place} resolves {ip} to the MAC address of {link}")
    public void resolves(Place place, IpAddress address, LinkRef owner) {
        neighbours.expectResolves(place, address, owner);
    }
}
