package netspec.capability;

import java.util.Arrays;
import java.util.List;
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
    TUN("tun", "ip tuntap add probe0 mode tun", tunDevice()),
    TAP("tap", "ip tuntap add probe0 mode tap", tunDevice()),
    BRIDGE_VLAN_FILTERING("bridge-vlan-filtering", "ip link add probe0 type bridge vlan_filtering 1",
            "a kernel built with CONFIG_BRIDGE_VLAN_FILTERING=y (Debian's and Ubuntu's stock kernels have it;"
                    + " run on the Vagrant machine, see README)"),
    PING("ping", "command -v ping", tool("iputils-ping")),
    // installed is not enough: the probe captures one packet, as the scenarios will (as the runner's user)
    TCPDUMP("tcpdump", CaptureProbe.COMMAND, "command -v tcpdump", "tcpdump", CaptureProbe.WHY_NOT),
    // helpers sent into the sandbox (assets/tun-reader.pl, vxlan-newlink.pl) need perl-base only, Essential on Debian
    PERL("perl", "perl -MPOSIX -e 1", tool("perl-base")),
    BRCTL("brctl", "command -v brctl", tool("bridge-utils")),
    CNI_PLUGINS("cni-plugins", "test -x /usr/lib/cni/bridge && test -x /usr/lib/cni/host-local",
            "test -x /usr/lib/cni/bridge && test -x /usr/lib/cni/host-local", "containernetworking-plugins", ""),
    TINI("tini", "command -v tini", tool("tini")),
    SOCAT("socat", "command -v socat", tool("socat")),
    // netspec-bash-cni reads and writes its JSON with jq
    JQ("jq", "command -v jq", tool("jq")),
    CNI_PLUGIN_UNDER_TEST("cni-plugin-under-test", pluginUnderTestProbe(),
            "name your plugin and its configuration template: -Dnetspec.cni.plugin=/path/on/the/target"
                    + " -Dnetspec.cni.config=/path/to/template.json (README, CNI conformance)"),
    IPVS("ipvs", "test -e /proc/net/ip_vs || modprobe ip_vs", kernel("ip_vs", "CONFIG_IP_VS")),
    IPVSADM("ipvsadm", "command -v ipvsadm", tool("ipvsadm")),
    IPTABLES("iptables", "iptables --table nat --list-rules POSTROUTING", "command -v iptables", "iptables",
            "iptables is installed but cannot list the nat table here: it needs the kernel's iptable_nat (or nf_tables)"
                    + " support"),
    BR_NETFILTER("br-netfilter", "test -e /proc/sys/net/bridge/bridge-nf-call-iptables || modprobe br_netfilter",
            kernel("br_netfilter", "CONFIG_BRIDGE_NETFILTER")),
    // the CNI bandwidth plugin: a tbf on the pod's veth, and its ingress redirected to an ifb device with a tbf
    TC_SHAPING("tc-shaping", "ip link add probe0 type ifb && ip link add probe1 type ifb"
            + " && tc qdisc add dev probe0 root tbf rate 1mbit burst 10kb latency 25ms && tc qdisc add dev probe1 ingress"
            + " && tc filter add dev probe1 parent ffff: protocol all u32 match u32 0 0 action mirred egress redirect"
            + " dev probe0", "load the kernel modules ifb, sch_tbf, sch_ingress, cls_u32 and act_mirred on the target"
            + " (modprobe), or use a kernel built with CONFIG_IFB, CONFIG_NET_SCH_TBF, CONFIG_NET_SCH_INGRESS,"
            + " CONFIG_NET_CLS_U32 and CONFIG_NET_ACT_MIRRED (Debian's and Ubuntu's stock kernels have them)"),
    // veth.feature's Open vSwitch bridge: the scenario's own ovsdb-server and ovs-vswitchd with the userspace
    // datapath (no kernel module), probed by switching a bridge on as the scenario will
    OPENVSWITCH("openvswitch", OpenVswitchProbe.COMMAND, "command -v ovs-vsctl && command -v ovs-vswitchd",
            "openvswitch-switch", OpenVswitchProbe.WHY_NOT),
    CLANG("clang", "command -v clang", tool("clang llvm")),
    BPF_HEADERS("bpf-headers", "printf '#include <linux/bpf.h>\\n#include <bpf/bpf_helpers.h>\\n'"
            + " | clang -target bpf -I/usr/include/\"$(" + Multiarch.COMMAND + ")\" -fsyntax-only -x c -",
            "test -e /usr/include/linux/bpf.h && test -e /usr/include/bpf/bpf_helpers.h", "linux-libc-dev libbpf-dev",
            "the headers are there but clang cannot compile them for BPF"),
    BPF_LOAD("bpf-load", "printf '%s\\n' '__attribute__((section(\"tc\"), used)) int probe(void *skb) { return 0; }'"
            + " 'char _license[] __attribute__((section(\"license\"), used)) = \"GPL\";' > /tmp/netspec-probe.c"
            + " && clang -O2 -target bpf -c /tmp/netspec-probe.c -o /tmp/netspec-probe.o"
            + " && tc qdisc add dev lo clsact && tc filter add dev lo ingress bpf da obj /tmp/netspec-probe.o sec tc"
            + " && tc qdisc del dev lo clsact",
            "run netspec as root on the target: loading a BPF program takes CAP_BPF and CAP_NET_ADMIN in the"
                    + " machine's first user namespace, which an unprivileged user namespace does not give; and a"
                    + " kernel with CONFIG_NET_CLS_BPF and CONFIG_NET_SCH_INGRESS (Debian's and Ubuntu's have them)");

    private final String tagName;
    private final String probe;
    private final String howToGet;
    /** For a tool: the command that says whether it is installed at all, and the Debian packages that install it. */
    private final String installed;
    private final String packages;

    /** A kernel feature or a setting: nothing to install. */
    Capability(String tagName, String probe, String howToGet) {
        this(tagName, probe, null, "", howToGet);
    }

    /** A tool whose probe is its presence. */
    Capability(String tagName, String probe, Tool tool) {
        this(tagName, probe, probe, tool.packages(), "");
    }

    /**
     * A tool whose probe does more than look for it.
     *
     * @param whyNotHere what it means when the tool is installed but the probe still fails
     */
    Capability(String tagName, String probe, String installed, String packages, String whyNotHere) {
        this.tagName = tagName;
        this.probe = probe;
        this.installed = installed;
        this.packages = packages;
        this.howToGet = packages.isEmpty() ? whyNotHere
                : "install it on the target: apt-get install " + packages + (whyNotHere.isEmpty() ? ""
                        : " (where it is installed and still fails: " + whyNotHere + ")");
    }

    /** A tool netspec can install on the target, as opposed to a kernel feature or a setting. */
    public boolean isTool() {
        return !packages.isEmpty();
    }

    /** The Debian packages that install this tool; empty for what no package gives. */
    public List<String> debianPackages() {
        return packages.isEmpty() ? List.of() : List.of(packages.split(" "));
    }

    /** A shell command that succeeds where the tool is installed (present, whether or not it works here). */
    public String installedCheck() {
        if (!isTool()) {
            throw new IllegalStateException(tagName + " is not a tool");
        }
        return installed;
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

    /** The node must also be open to the runner: as root always, as another user where it is mode 0666. */
    private static String tunDevice() {
        return kernel("tun", "CONFIG_TUN") + " and a /dev/net/tun device node the runner may open (udev makes it"
                + " mode 0666; as a user other than root, check `ls -l /dev/net/tun`)";
    }

    private static String kernel(String module, String config) {
        return "load the kernel module with 'modprobe " + module + "' on the target, or use a kernel built with "
                + config + " (Debian's and Ubuntu's stock kernels have it; the Vagrant machines do, see README)";
    }

    private static Tool tool(String debianPackages) {
        return new Tool(debianPackages);
    }

    /** The packages that bring a program. */
    record Tool(String packages) {
    }

    /** The probe of the capability {@code cni-plugin-under-test}: fails, saying why, until both are named. */
    private static String pluginUnderTestProbe() {
        if (netspec.host.Setting.CNI_PLUGIN.given().isEmpty()) {
            return "echo 'no plugin named: set -Dnetspec.cni.plugin=/path/on/the/target' >&2; false";
        }
        if (netspec.host.Setting.CNI_CONFIG.given().isEmpty() || !java.nio.file.Files.isReadable(java.nio.file.Path.of(netspec.host.Setting.CNI_CONFIG.given().get()))) {
            return "echo 'no readable configuration template: set -Dnetspec.cni.config=/path/to/template.json' >&2; false";
        }
        String path = netspec.shell.ShellQuoting.quote(netspec.host.Setting.CNI_PLUGIN.given().get());
        return "test -x " + path + " || { echo 'not an executable file on the target: '" + path + " >&2; false; }";
    }

}
