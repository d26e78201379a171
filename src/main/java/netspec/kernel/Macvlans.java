package netspec.kernel;

import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.MacvlanMode;
import netspec.evidence.args.NamespaceName;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.shell.CommandResult;

/**
 * macvlan devices: MAC addresses of their own on top of one parent, and the mode that says who talks to whom.
 *
 * <pre>{@code
 * // ip link add mv1 link up0 netns ns1 type macvlan mode vepa; ip address add 10.0.0.1/24 dev mv1; up (in ns1)
 * macvlans.createIn(new InterfaceName("mv1"), up0, MacvlanMode.parse("vepa"), ns1, Cidr.parse("10.0.0.1/24"));
 * macvlans.expectMacvlan(mv1InNs1, up0, MacvlanMode.parse("vepa"));
 * }</pre>
 */
public final class Macvlans {

    private final Lab lab;
    private final Links links;
    private final Addresses addresses;

    public Macvlans(Lab lab, Links links, Addresses addresses) {
        this.lab = lab;
        this.links = links;
        this.addresses = addresses;
    }

    /** Created next to its parent and moved into the namespace at birth, as a container runtime does. */
    public void createIn(InterfaceName name, LinkRef parent, MacvlanMode mode, NamespaceName namespace, Cidr address) {
        StackedDevices.createIn(lab, addresses, links, "macvlan", mode.word(), name, parent, namespace, address);
    }

    public void create(InterfaceName name, LinkRef parent, MacvlanMode mode) {
        lab.run("creating macvlan " + name, parent.place(), command(name, parent, mode));
        links.setUp(new LinkRef(name, parent.place()));
    }

    /** For the kernel's refusals: whether and why it was refused is the evidence. */
    public CommandResult attemptCreate(InterfaceName name, LinkRef parent, MacvlanMode mode) {
        return lab.attempt(parent.place(), command(name, parent, mode));
    }

    public void expectMacvlan(LinkRef child, LinkRef parent, MacvlanMode mode) {
        StackedDevices.expectOn(links, child, parent, "a macvlan in " + mode.word() + " mode", "macvlan",
                data -> mode.word().equals(data.path("mode").asText()),
                data -> "mode " + data.path("mode").asText("?"));
    }

    private static String[] command(InterfaceName name, LinkRef parent, MacvlanMode mode) {
        return new String[] {"ip", "link", "add", name.value(), "link", parent.name().value(), "type", "macvlan",
            "mode", mode.word()};
    }
}
