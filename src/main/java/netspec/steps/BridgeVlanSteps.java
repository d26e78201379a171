package netspec.steps;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.VlanId;
import netspec.linux.BridgeVlan;
import netspec.evidence.Facts;

/** A bridge that filters by VLAN: which VLANs each port belongs to, tagged or not, read back from its VLAN table. */
public class BridgeVlanSteps {

    private final Lab lab;

    public BridgeVlanSteps(Lab lab) {
        this.lab = lab;
    }

    @Given("a bridge {iface} with VLAN filtering")
    public void aFilteringBridge(InterfaceName bridge) {
        lab.run("creating bridge " + bridge + " with VLAN filtering", Place.HOST, "ip", "link", "add", bridge.value(),
                "type", "bridge", "vlan_filtering", "1");
        lab.run("bringing up " + bridge, Place.HOST, "ip", "link", "set", bridge.value(), "up");
    }

    /**
     * An access port: what arrives untagged belongs to the VLAN (its PVID), what leaves it loses the tag, and it
     * leaves VLAN 1, which every new port is an untagged member of.
     */
    @Given("{iface} is an access port of VLAN {int}")
    public void accessPort(InterfaceName port, int id) {
        VlanId vlan = new VlanId(id);
        lab.run("putting " + port + " into VLAN " + vlan, Place.HOST, "bridge", "vlan", "add", "dev", port.value(),
                "vid", vlan.toString(), "pvid", "untagged");
        if (vlan.value() != 1) {
            lab.run("taking " + port + " out of VLAN 1", Place.HOST, "bridge", "vlan", "del", "dev", port.value(),
                    "vid", "1");
        }
    }

    /** A trunk: frames of the VLAN leave the port with their tag, and tagged ones are taken in. */
    @Given("{iface} also carries VLAN {int} tagged")
    public void tagged(InterfaceName port, int id) {
        VlanId vlan = new VlanId(id);
        lab.run("adding VLAN " + vlan + " to " + port + ", tagged", Place.HOST, "bridge", "vlan", "add", "dev",
                port.value(), "vid", vlan.toString());
    }

    @Then("{iface} filters by VLAN")
    public void filters(InterfaceName bridge) {
        expectFiltering(bridge, 1);
    }

    @Then("{iface} does not filter by VLAN")
    public void doesNotFilter(InterfaceName bridge) {
        expectFiltering(bridge, 0);
    }

    @Then("{iface} is an untagged member of VLAN {int}, its PVID")
    public void untaggedPvid(InterfaceName port, int id) {
        expectTable(port, "is an untagged member of VLAN " + id + " and has it as PVID",
                table -> table.stream().anyMatch(v -> v.vid() == id && v.pvid() && v.untagged()));
    }

    @Then("{iface} is a tagged member of VLAN {int}")
    public void taggedMember(InterfaceName port, int id) {
        expectTable(port, "is a tagged member of VLAN " + id,
                table -> table.stream().anyMatch(v -> v.vid() == id && v.isTagged()));
    }

    @Then("{iface} is no member of VLAN {int}")
    public void noMember(InterfaceName port, int id) {
        expectTable(port, "is no member of VLAN " + id, table -> table.stream().noneMatch(v -> v.vid() == id));
    }

    private void expectFiltering(InterfaceName bridge, int filtering) {
        Facts.expect(bridge + " has vlan_filtering " + filtering, lab.kernel(Place.HOST).link(bridge),
                l -> l.filter(b -> "bridge".equals(b.kind())
                        && b.linkinfo().data().path("vlan_filtering").asInt(-1) == filtering).isPresent(),
                l -> l.map(b -> b.ifname() + ": kind " + b.kind() + ", vlan_filtering "
                        + b.linkinfo().data().path("vlan_filtering").asText("not shown")).orElse(bridge + " does not exist"));
    }

    /** The table of every port is read, and judged for this one: the reading shows all memberships. */
    private void expectTable(InterfaceName port, String fact, Predicate<List<BridgeVlan>> holds) {
        Facts.expect(port + " " + fact, lab.kernel(Place.HOST).bridgeVlans(), all -> holds.test(of(port, all)),
                all -> {
                    List<BridgeVlan> mine = of(port, all);
                    return mine.isEmpty() ? port + " has no VLAN at all"
                            : mine.stream().map(BridgeVlan::toString).collect(Collectors.joining(", "));
                });
    }

    private static List<BridgeVlan> of(InterfaceName port, List<BridgeVlan> all) {
        return all.stream().filter(v -> v.port().equals(port.value())).toList();
    }
}
