package netspec.kernel;

import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.VlanId;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.shell.CommandResult;

/**
 * 802.1Q VLAN devices: a tag with the VLAN ID on everything they send through their parent, which they share a
 * namespace with.
 *
 * <pre>{@code
 * vlans.create(new InterfaceName("eth0.10"), new VlanId(10), eth0InNs1);  // ip link add link eth0 name eth0.10 type vlan id 10
 * vlans.expectVlan(eth0_10InNs1, 10, eth0InNs1);
 * }</pre>
 */
public final class Vlans {

    private final Lab lab;
    private final Links links;

    public Vlans(Lab lab, Links links) {
        this.lab = lab;
        this.links = links;
    }

    /** Made next to its parent and brought up; the step fails if the kernel refuses. */
    public void create(InterfaceName name, VlanId id, LinkRef parent) {
        lab.run("creating VLAN " + name, parent.place(), command(name, id.value(), parent));
        links.setUp(new LinkRef(name, parent.place()));
    }

    /** Any ID at all: what the kernel (or iproute2, before it) makes of it is the evidence. */
    public CommandResult attemptCreate(InterfaceName name, int id, LinkRef parent) {
        return lab.attempt(parent.place(), command(name, id, parent));
    }

    public void expectVlan(LinkRef vlan, int id, LinkRef parent) {
        StackedDevices.expectOn(links, vlan, parent, "an 802.1Q VLAN with ID " + id, "vlan",
                data -> data.path("id").asInt(-1) == id && "802.1Q".equals(data.path("protocol").asText()),
                data -> "ID " + data.path("id").asText("?") + ", protocol " + data.path("protocol").asText("?"));
    }

    private static String[] command(InterfaceName name, int id, LinkRef parent) {
        return new String[] {"ip", "link", "add", "link", parent.name().value(), "name", name.value(), "type", "vlan",
                "id", Integer.toString(id)};
    }
}
