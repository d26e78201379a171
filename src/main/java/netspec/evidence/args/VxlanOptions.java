package netspec.evidence.args;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a VXLAN device as a step states them: "VNI 42, remote 10.0.0.2, device eth0 and port 4789".
 * VNI comes first; then, in any order, remote, local, device, port, mtu, and "learning off". A missing port
 * or MTU is left to the kernel, as iproute2 does when {@code dstport} or {@code mtu} is not given.
 */
public record VxlanOptions(long vni, IpAddress remote, IpAddress local, InterfaceName device, Integer port,
                           Integer mtu, boolean learning) {

    /** The VNI has 24 bits (RFC 7348). */
    public static final long MAX_VNI = (1L << 24) - 1;
    /** What the netlink attribute carrying it can hold: a value past MAX_VNI reaches the kernel to refuse. */
    private static final long MAX_U32 = (1L << 32) - 1;
    private static final String GRAMMAR = "write 'VNI N' and then, separated by ',' or 'and': remote IP, local IP,"
            + " device NAME, port N, mtu N, learning off";

    public static VxlanOptions parse(String text) {
        String[] clauses = text.strip().split(",\\s*|\\s+and\\s+");
        long vni = -1;
        IpAddress remote = null;
        IpAddress local = null;
        InterfaceName device = null;
        Integer port = null;
        Integer mtu = null;
        boolean learning = true;
        for (int i = 0; i < clauses.length; i++) {
            String[] words = clauses[i].strip().split("\\s+");
            if (words.length != 2) {
                throw new InvalidStepArgument("vxlan settings", text, "'" + clauses[i] + "' is not understood; " + GRAMMAR);
            }
            String value = words[1];
            switch (i == 0 ? "first " + words[0] : words[0]) {
                case "first VNI" -> vni = number(text, "VNI", value, MAX_U32);
                case "remote" -> remote = IpAddress.parse(value);
                case "local" -> local = IpAddress.parse(value);
                case "device" -> device = new InterfaceName(value);
                case "port" -> port = (int) number(text, "port", value, 65535);
                case "mtu" -> mtu = (int) number(text, "mtu", value, Integer.MAX_VALUE);
                case "learning" -> learning = onOff(text, value);
                default -> throw new InvalidStepArgument("vxlan settings", text,
                        "'" + clauses[i] + "' is not understood; " + GRAMMAR);
            }
        }
        return new VxlanOptions(vni, remote, local, device, port, mtu, learning);
    }

    /** For a topology that has to come up: a VNI the kernel is known to refuse is a mistake in the spec. */
    public VxlanOptions requireValidVni() {
        if (vni > MAX_VNI) {
            throw new InvalidStepArgument("VNI", Long.toString(vni), "a VNI has 24 bits (0 to " + MAX_VNI + ");"
                    + " to show a refusal, write 'When a vxlan ... is created with VNI " + vni + "'");
        }
        return this;
    }

    /** The {@code ip link add} command line, e.g. {@code ip link add vx0 type vxlan id 42 dev eth0 dstport 4789}. */
    public List<String> ipLinkAdd(InterfaceName name) {
        List<String> argv = new ArrayList<>(List.of("ip", "link", "add", name.value()));
        if (mtu != null) argv.addAll(List.of("mtu", Integer.toString(mtu))); // a link option: before "type"
        argv.addAll(List.of("type", "vxlan", "id", Long.toString(vni)));
        if (remote != null) argv.addAll(List.of("remote", remote.value()));
        if (local != null) argv.addAll(List.of("local", local.value()));
        if (device != null) argv.addAll(List.of("dev", device.value()));
        if (port != null) argv.addAll(List.of("dstport", Integer.toString(port)));
        if (!learning) argv.add("nolearning");
        return argv;
    }

    private static long number(String text, String what, String value, long max) {
        if (!value.matches("\\d{1,10}") || Long.parseLong(value) > max) {
            throw new InvalidStepArgument("vxlan settings", text, what + " '" + value + "' is not a number from 0 to " + max);
        }
        return Long.parseLong(value);
    }

    private static boolean onOff(String text, String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new InvalidStepArgument("vxlan settings", text, "learning is 'on' or 'off', not '" + value + "'");
        };
    }
}
