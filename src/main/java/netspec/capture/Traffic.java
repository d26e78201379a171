package netspec.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.VxlanOptions;

/**
 * Frames as a step describes them: "UDP from 10.0.0.1 to 10.0.0.2 port 4789 carrying VNI 42", "ICMP from
 * 192.168.42.1 to 192.168.42.2 inside VNI 42", "ARP from 192.168.42.1", "ICMP to 10.0.10.2 in VLAN 10". Every
 * part after the protocol is optional and narrows the match: "port" is the destination port, "carrying VNI" the
 * VNI of the frame itself, and "inside VNI" looks at the frame that a tunnel datagram with that VNI carries
 * instead. "in VLAN N" asks for an 802.1Q tag with that VLAN ID, "untagged" for no tag; both are about the
 * frame the rest describes (the inner one with "inside VNI").
 */
public record Traffic(String protocol, IpAddress from, IpAddress to, Integer port, Integer carryingVni,
                      Integer insideVni, Integer vlan, boolean untagged) implements Predicate<Frame> {

    private static final Set<String> PROTOCOLS = Set.of("ICMP", "ICMP6", "UDP", "TCP", "ARP");
    private static final String GRAMMAR = "describe traffic as PROTOCOL [from IP] [to IP] [port N]"
            + " [carrying VNI N | inside VNI N] [in VLAN N | untagged], PROTOCOL one of " + PROTOCOLS;
    /** What the 12 bits of an 802.1Q tag can carry; a capture shows 0 (priority tag) and 4095 too. */
    private static final int MAX_VLAN_TAG = 4095;

    /** @throws InvalidStepArgument naming the rule the text broke, before any command runs */
    public static Traffic parse(String text) {
        String[] words = text.strip().split("\\s+");
        String protocol = words[0];
        if (!PROTOCOLS.contains(protocol)) {
            throw new InvalidStepArgument("traffic", text, "'" + protocol + "' is not a protocol; " + GRAMMAR);
        }
        IpAddress from = null;
        IpAddress to = null;
        Integer port = null;
        Integer carrying = null;
        Integer inside = null;
        Integer vlan = null;
        boolean untagged = false;
        for (int i = 1; i < words.length; i += 2) {
            String key = words[i];
            if (key.equals("untagged")) {
                untagged = true;
                i--;
                continue;
            }
            if (i + 1 < words.length && twoWordKey(key, words[i + 1])) {
                key += " " + words[i + 1];
                i++;
            }
            if (i + 1 >= words.length) {
                throw new InvalidStepArgument("traffic", text, "'" + key + "' needs a value; " + GRAMMAR);
            }
            String value = words[i + 1];
            switch (key) {
                case "from" -> from = address(text, value);
                case "to" -> to = address(text, value);
                case "port" -> port = number(text, value, 1, 65535, "a port");
                case "carrying VNI" -> carrying = number(text, value, 0, (int) VxlanOptions.MAX_VNI, "a VNI");
                case "inside VNI" -> inside = number(text, value, 0, (int) VxlanOptions.MAX_VNI, "a VNI");
                case "in VLAN" -> vlan = number(text, value, 0, MAX_VLAN_TAG, "a VLAN ID");
                default -> throw new InvalidStepArgument("traffic", text, "'" + key + "' is not understood; " + GRAMMAR);
            }
        }
        if (port != null && !protocol.equals("UDP") && !protocol.equals("TCP")) {
            throw new InvalidStepArgument("traffic", text, "only UDP and TCP have ports");
        }
        if (carrying != null && inside != null) {
            throw new InvalidStepArgument("traffic", text, "a frame is either the tunnel (carrying VNI) or inside it");
        }
        if (vlan != null && untagged) {
            throw new InvalidStepArgument("traffic", text, "a frame is either tagged (in VLAN N) or untagged");
        }
        return new Traffic(protocol, from, to, port, carrying, inside, vlan, untagged);
    }

    private static boolean twoWordKey(String first, String second) {
        return (first.equals("carrying") || first.equals("inside")) && second.equals("VNI")
                || first.equals("in") && second.equals("VLAN");
    }

    @Override
    public boolean test(Frame frame) {
        if (insideVni != null) {
            return insideVni.equals(frame.vni()) && frame.inner() != null && matchesItself(frame.inner());
        }
        return matchesItself(frame) && (carryingVni == null || carryingVni.equals(frame.vni()));
    }

    private boolean matchesItself(Frame frame) {
        return protocol.equals(frame.protocol())
                && (from == null || from.value().equals(frame.ipSrc()))
                && (to == null || to.value().equals(frame.ipDst()))
                && (port == null || port.equals(frame.dstPort()))
                && (vlan == null || vlan.equals(frame.vlan()))
                && (!untagged || frame.vlan() == null);
    }

    private static IpAddress address(String text, String value) {
        try {
            return IpAddress.parse(value);
        } catch (InvalidStepArgument e) {
            throw new InvalidStepArgument("traffic", text, e.getMessage());
        }
    }

    private static int number(String text, String value, int min, int max, String what) {
        if (!value.matches("\\d{1,9}") || Long.parseLong(value) < min || Long.parseLong(value) > max) {
            throw new InvalidStepArgument("traffic", text, "'" + value + "' is not " + what + " (" + min + " to " + max + ")");
        }
        return Integer.parseInt(value);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(List.of(protocol));
        if (from != null) parts.add("from " + from);
        if (to != null) parts.add("to " + to);
        if (port != null) parts.add("port " + port);
        if (carryingVni != null) parts.add("carrying VNI " + carryingVni);
        if (insideVni != null) parts.add("inside VNI " + insideVni);
        if (vlan != null) parts.add("in VLAN " + vlan);
        if (untagged) parts.add("untagged");
        return String.join(" ", parts);
    }
}
