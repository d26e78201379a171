package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.IpAddress;
import netspec.kernel.Bridges;
import netspec.kernel.Fdb;
import netspec.kernel.Mdb;
import netspec.lab.LinkRef;
import netspec.lab.Pause;

/**
 * The bridge's properties beyond learning: spanning tree, multicast snooping, port isolation, hairpin and the
 * ageing of learned addresses.
 */
public class BridgePropertySteps {

    private final Bridges bridges;
    private final Fdb fdb;
    private final Mdb mdb;

    public BridgePropertySteps(Bridges bridges, Fdb fdb, Mdb mdb) {
        this.bridges = bridges;
        this.fdb = fdb;
        this.mdb = mdb;
    }

    /** Forward delay and hello time are in centiseconds for ip-link; the kernel accepts 2 to 30 s of delay with STP. */
    @Given("a bridge {link} with STP on and a forward delay of {int} seconds")
    public void aBridgeWithStp(LinkRef bridge, int forwardDelay) {
        bridges.createWithStp(bridge, forwardDelay);
    }

    @Then("within {seconds} seconds exactly one port of {iface} and {iface} is blocking, and the others forward")
    public void oneBlocking(int seconds, InterfaceName one, InterfaceName other) {
        bridges.expectOneBlocking(one, other, seconds);
    }

    @Then("within {seconds} seconds every port of {iface} and {iface} forwards")
    public void allForwarding(int seconds, InterfaceName one, InterfaceName other) {
        bridges.expectAllForwarding(one, other, seconds);
    }

    /** Listening and learning take one forward delay each; only then may traffic be judged. */
    @Given("the spanning tree of {iface} and {iface} has settled")
    public void settled(InterfaceName one, InterfaceName other) {
        bridges.awaitSettled(one, other);
    }

    @Then("the bridge port {link} is in state {word}")
    public void portState(LinkRef port, String state) {
        bridges.expectPortState(port, state);
    }

    @Given("isolation is switched on on port {link}")
    public void isolate(LinkRef port) {
        bridges.switchIsolationOn(port);
    }

    @Then("port {link} is isolated")
    public void isIsolated(LinkRef port) {
        bridges.expectIsolated(port, true);
    }

    @Then("port {link} is not isolated")
    public void isNotIsolated(LinkRef port) {
        bridges.expectIsolated(port, false);
    }

    /** Hairpin: the port may send a frame back out of the port it came in by (what VEPA needs of its switch). */
    @Given("hairpin is switched on on port {link}")
    public void hairpin(LinkRef port) {
        bridges.switchHairpinOn(port);
    }

    @Given("{link} does not snoop multicast")
    public void noSnooping(LinkRef bridge) {
        bridges.switchSnoopingOff(bridge);
    }

    /** ip-address's autojoin joins the group on the device, which sends an IGMP or MLD report. */
    @When("{link} joins the multicast group {ip}")
    public void join(LinkRef member, IpAddress group) {
        mdb.join(member, group);
    }

    @Then("the multicast database of {link} has {ip} on port {iface}")
    public void mdbHas(LinkRef bridge, IpAddress group, InterfaceName port) {
        mdb.expectEntry(bridge, group, port);
    }

    @Then("the multicast database of {link} has no entry for {ip}")
    public void mdbHasNot(LinkRef bridge, IpAddress group) {
        mdb.expectNoEntry(bridge, group);
    }

    /** Ageing time is in centiseconds for ip-link. */
    @Given("{link} forgets a learned address after {int} second(s)")
    public void ageing(LinkRef bridge, int seconds) {
        bridges.setAgeing(bridge, seconds);
    }

    @Then("the ageing time of {link} is {int} seconds")
    public void ageingTime(LinkRef bridge, int seconds) {
        bridges.expectAgeing(bridge, seconds);
    }

    @Then("within {int} seconds {link} forgets the MAC address of {link}")
    public void forgets(int seconds, LinkRef bridge, LinkRef station) {
        fdb.expectForgotten(bridge, station, seconds);
    }

    @When("{int} seconds pass")
    public void pause(int seconds) {
        Pause.seconds(seconds);
    }
}
