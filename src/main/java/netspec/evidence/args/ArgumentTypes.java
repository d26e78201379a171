package netspec.evidence.args;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each step argument placeholder ({@code {iface}}, {@code {link}}, ...) accepts: its rule and real examples.
 * This is the one place these are written down; the glue's {@code @ParameterType} methods point here, and the
 * step catalogue ({@code docs/steps.md}) and the "Did you mean" hints print them. A test fails when the glue
 * defines a placeholder that is missing here, or this lists one the glue no longer defines.
 */
public final class ArgumentTypes {

    /** One placeholder: how to write its value, and values that follow the rule. */
    public record ArgumentType(String name, String rule, List<String> examples) {
        public String placeholder() {
            return "{" + name + "}";
        }
    }

    private static final String LINK_RULE = "an interface and where it is: `NAME in NAMESPACE`, `NAME in the host`, or"
            + " just `NAME` for an interface of the host (the sandbox's own namespace); NAME follows the {iface} rule";

    private static final Map<String, ArgumentType> TYPES = Stream.of(
            new ArgumentType("iface", "an interface name: " + KernelName.RULE + "; in double quotes it may hold"
                    + " anything, and is then refused naming the character", List.of("br0", "veth1", "eth0.10")),
            new ArgumentType("netns", "a network namespace name inside the scenario's sandbox (an entry of its own"
                    + " /run/netns): " + KernelName.RULE, List.of("ns1", "node2", "pod1")),
            new ArgumentType("place", "where something is or happens: `the host` (the sandbox's own namespace) or a"
                    + " namespace name (the {netns} rule)", List.of("the host", "ns1")),
            new ArgumentType("link", LINK_RULE, List.of("veth1", "eth0 in ns1", "vxlan0 in the host")),
            new ArgumentType("ifaces", "interfaces of the host in a list, each by the `{iface}` rule, separated by `,`"
                    + " and a last `and`", List.of("veth1", "veth1, veth2 and veth3")),
            new ArgumentType("seconds", "how long a Then-step may wait, in whole seconds from " + WaitSeconds.MIN
                    + " to " + WaitSeconds.MAX, List.of("3", "30")),
            new ArgumentType("port", "a TCP or UDP port, from " + PortNumber.MIN + " to " + PortNumber.MAX,
                    List.of("8080", "4789")),
            new ArgumentType("ip", "an IPv4 address (four numbers 0-255 separated by '.') or an IPv6 address,"
                    + " without a prefix length", List.of("10.0.0.1", "fd00::1")),
            new ArgumentType("cidr", "an address with its prefix length, as `ip address add` takes it; the prefix"
                    + " is 0-32 for IPv4, 0-128 for IPv6", List.of("10.0.0.1/24", "fd00::1/64")),
            new ArgumentType("traffic", "frames as a capture shows them: PROTOCOL [from IP] [to IP] [port N]"
                    + " [carrying VNI N | inside VNI N] [in VLAN N | untagged]; `port` is the destination port,"
                    + " `carrying VNI` the VNI of the frame itself, `inside VNI` the frame a tunnel with that VNI"
                    + " carries", List.of("ICMP from 10.0.0.1 to 10.0.0.2", "UDP to 192.168.0.2 port 4789 carrying"
                    + " VNI 42", "ARP from 192.168.42.1", "ICMP to 10.0.10.2 in VLAN 10")),
            new ArgumentType("vxlan", "a VXLAN device's settings: `VNI N` and then, separated by `,` or `and`:"
                    + " remote IP, local IP, device NAME, port N, mtu N, learning on|off; the VNI has 24 bits",
                    List.of("VNI 42", "VNI 42, remote 10.0.0.2, local 10.0.0.1, device eth0 and port 4789")),
            new ArgumentType("container", "a container name as Kubernetes allows it (an RFC 1123 DNS label): 1 to"
                    + " 63 lower-case letters, digits or '-', starting and ending with a letter or digit",
                    List.of("web", "sidecar-1")),
            new ArgumentType("int", "a whole number (Cucumber's built-in type)", List.of("3", "1500")),
            new ArgumentType("long", "a whole number that may be large (Cucumber's built-in type)",
                    List.of("42", "16777215")),
            new ArgumentType("word", "one word without spaces (Cucumber's built-in type); the step says which"
                    + " words it takes and refuses others naming them", List.of("pod-a", "tc-ping.c")),
            new ArgumentType("string", "text in double quotes (Cucumber's built-in type), passed without the quotes",
                    List.of("\"Error: Unknown device type.\"")))
            .collect(Collectors.toMap(ArgumentType::name, Function.identity(), (a, b) -> a,
                    java.util.LinkedHashMap::new));

    private ArgumentTypes() {
    }

    public static Optional<ArgumentType> named(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    /** All of them, netspec's own first, then Cucumber's built-in ones. */
    public static List<ArgumentType> all() {
        return List.copyOf(TYPES.values());
    }
}
