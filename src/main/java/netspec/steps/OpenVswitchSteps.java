package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import netspec.catalog.Topic;
import netspec.evidence.args.InterfaceName;
import netspec.kernel.OpenVswitch;
import netspec.lab.LinkRef;

/** Open vSwitch bridges, the other switch a veth end can be attached to; "br0" steps are the Linux bridge's. */
@Topic("Open vSwitch")
public class OpenVswitchSteps {

    private final OpenVswitch ovs;

    public OpenVswitchSteps(OpenVswitch ovs) {
        this.ovs = ovs;
    }

    @Given("an Open vSwitch bridge {iface}")
    public void bridge(InterfaceName bridge) {
        ovs.createBridge(bridge);
    }

    @Given("{iface} is a port of the Open vSwitch bridge {iface}")
    public void port(InterfaceName port, InterfaceName bridge) {
        ovs.addPort(bridge, port);
    }

    @Then("the Open vSwitch bridge {iface} has learned the MAC address of {link} on port {iface}")
    public void learned(InterfaceName bridge, LinkRef station, InterfaceName port) {
        ovs.expectLearned(bridge, station, port);
    }

    @Then("the Open vSwitch bridge {iface} has not learned the MAC address of {link}")
    public void notLearned(InterfaceName bridge, LinkRef station) {
        ovs.expectNotLearned(bridge, station);
    }
}
