package netspec.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import netspec.lab.args.InvalidStepArgument;
import netspec.lab.args.IpAddress;
import netspec.lab.args.VxlanOptions;

/**
 * Frames as a step describes them: "UDP from 10.0.0.1 to 10.0.0.2 port 4789 carrying VNI 42", "ICMP from
 * 192.168.42.1 to 192.168.42.2 inside VNI 42", "ARP from 192.168.42.1". Every part after the protocol is
 * optional and narrows the match: "port" is the destination port, "carrying VNI" the VNI of the frame itself,
 * and "inside VNI" looks at the frame that a tunnel datagram with that VNI carries instead.
 */
public record Traffic(String protocol, IpAddress from, IpAddress to, Integer port, Integer carryingVni,
                      Integer insideVni) implements Predicate<Frame> {

    private static final Set<String> PROTOCOLS = Set.of("ICMP", "ICMP6", "UDP", "TCP", "ARP");
    private static final String GRAMMAR = "describe traffic as PROTOCOL [from IP] [to IP] [port N]"
            + " [carrying VNI N | inside VNI N], PROTOCOL one of " + PROTOCOLS;

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
        for (int i = 1; i < words.length; i += 2) {
            String key = words[i];
            if ((key.equals("carrying") || key.equals("inside")) && i + 1 < words.length && words[i + 1].equals("VNI")) {
                key += " VNI";
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
                default -> throw new InvalidStepArgument("traffic", text, "'" + key + "' is not understood; " + GRAMMAR);
            }
        }
        if (port != null && !protocol.equals("UDP") && !protocol.equals("TCP")) {
            throw new InvalidStepArgument("traffic", text, "only UDP and TCP have ports");
        }
        if (carrying != null && inside != null) {
            throw new InvalidStepArgument("traffic", text, "a frame is either the tunnel (carrying VNI) or inside it");
        }
        return new Traffic(protocol, from, to, port, carrying, inside);
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
                && (port == null || port.equals(frame.dstPort()));
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
        return String.join(" ", parts);
    }
}
