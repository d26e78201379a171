package netspec.capability;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Something a scenario may need from its target, named in tags as {@code @requires:<name>}. Each one is
 * probed by really doing it once in a throwaway sandbox, so a kernel module that loads on demand counts as
 * present and one that is missing or blocked counts as absent.
 */
public enum Capability {
    BRIDGE("bridge", "ip link add probe0 type bridge", kernel("bridge", "CONFIG_BRIDGE")),
    VETH("veth", "ip link add probe0 type veth peer name probe1", kernel("veth", "CONFIG_VETH")),
    VXLAN("vxlan", "ip link add probe0 type vxlan id 42 dstport 4789", kernel("vxlan", "CONFIG_VXLAN")),
    MACVLAN("macvlan", withParent("macvlan mode bridge"), kernel("macvlan", "CONFIG_MACVLAN")),
    MACVTAP("macvtap", withParent("macvtap mode bridge"), kernel("macvtap", "CONFIG_MACVTAP")),
    IPVLAN("ipvlan", withParent("ipvlan mode l2"), kernel("ipvlan", "CONFIG_IPVLAN")),
    VLAN("vlan", withParent("vlan id 10"), kernel("8021q", "CONFIG_VLAN_8021Q")),
    BOND("bond", "ip link add probe0 type bond", kernel("bonding", "CONFIG_BONDING")),
    DUMMY("dummy", "ip link add probe0 type dummy", kernel("dummy", "CONFIG_DUMMY")),
    TUN("tun", "ip tuntap add probe0 mode tun", kernel("tun", "CONFIG_TUN") + " and a /dev/net/tun device node"),
    TAP("tap", "ip tuntap add probe0 mode tap", kernel("tun", "CONFIG_TUN") + " and a /dev/net/tun device node"),
    BRIDGE_VLAN_FILTERING("bridge-vlan-filtering", "ip link add probe0 type bridge vlan_filtering 1",
            "a kernel built with CONFIG_BRIDGE_VLAN_FILTERING=y (Debian's and Ubuntu's stock kernels have it;"
                    + " run on the Vagrant machine, see README)"),
    PING("ping", "command -v ping", tool("iputils-ping")),
    TCPDUMP("tcpdump", "command -v tcpdump", tool("tcpdump")),
    // helpers sent into the sandbox (assets/tun-reader.pl, vxlan-newlink.pl) need perl-base only, Essential on Debian
    PERL("perl", "perl -MPOSIX -e 1", tool("perl-base")),
    BRCTL("brctl", "command -v brctl", tool("bridge-utils")),
    CNI_PLUGINS("cni-plugins", "test -x /usr/lib/cni/bridge && test -x /usr/lib/cni/host-local",
            tool("containernetworking-plugins")),
    TINI("tini", "command -v tini", tool("tini")),
    SOCAT("socat", "command -v socat", tool("socat")),
    // netspec-bash-cni reads and writes its JSON with jq
    JQ("jq", "command -v jq", tool("jq")),
    CNI_PLUGIN_UNDER_TEST("cni-plugin-under-test", netspec.lab.cni.PluginUnderTest.probe(),
            "name your plugin and its configuration template: -Dnetspec.cni.plugin=/path/on/the/target"
                    + " -Dnetspec.cni.config=/path/to/template.json (README, CNI conformance)");

    private final String tagName;
    private final String probe;
    private final String howToGet;

    Capability(String tagName, String probe, String howToGet) {
        this.tagName = tagName;
        this.probe = probe;
        this.howToGet = howToGet;
    }

    public String tagName() {
        return tagName;
    }

    /** A shell command that succeeds only where the capability is present; run as root in a throwaway sandbox. */
    public String probe() {
        return probe;
    }

    public String howToGet() {
        return howToGet;
    }

    public static Optional<Capability> byTagName(String name) {
        return Arrays.stream(values()).filter(c -> c.tagName.equals(name)).findFirst();
    }

    public static String knownNames() {
        return Arrays.stream(values()).map(Capability::tagName).collect(Collectors.joining(", "));
    }

    /** Link kinds that sit on a parent get a veth to sit on. */
    private static String withParent(String kind) {
        return "ip link add probe-parent type veth peer name probe-peer && ip link add probe0 link probe-parent type "
                + kind;
    }

    private static String kernel(String module, String config) {
        return "load the kernel module with 'modprobe " + module + "' on the target, or use a kernel built with "
                + config + " (Debian's and Ubuntu's stock kernels have it; the Vagrant machines do, see README)";
    }

    private static String tool(String debianPackage) {
        return "install it on the target: apt-get install " + debianPackage;
    }
}
