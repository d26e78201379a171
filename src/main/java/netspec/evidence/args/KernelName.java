package netspec.evidence.args;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The rules shared by interface and namespace names: what the kernel accepts, minus what a shell would interpret. */
final class KernelName {

    static final int MAX_BYTES = 15; // IFNAMSIZ - 1
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]+");
    static final String RULE = "use 1 to 15 letters, digits, '.', '-' or '_' (no '/', whitespace or shell characters),"
            + " not '.' or '..'";
    /**
     * Words iproute2 reads as keywords where a name may stand ({@code ip link add help}, {@code ip link set dev
     * dev}, {@code ip netns exec all} runs in every namespace): refused as names, whatever their case.
     */
    static final Set<String> KEYWORDS = Set.of("help", "dev", "name", "type", "link", "master", "nomaster", "up",
            "down", "all", "default", "group", "netns", "alias", "index", "vrf", "peer", "none", "any", "list");

    /**
     * Keywords of {@code ip link add} and {@code ip link set} that iproute2 also takes abbreviated (its matches()):
     * {@code ip link add br type bridge} reads "br" as broadcast and fails with '"type" is invalid lladdr'.
     * A name that is the start of one of them is refused.
     */
    static final List<String> ABBREVIABLE = List.of("address", "broadcast", "txqueuelen", "mtu",
            "netns", "multicast", "allmulticast", "promisc", "trailers", "arp", "dynamic", "vf", "master", "vrf",
            "numtxqueues", "numrxqueues", "addrgenmode", "protodown", "help");

    private KernelName() {
    }

    static String check(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidStepArgument(what, "", "it is empty; " + RULE);
        }
        if (!ALLOWED.matcher(value).matches()) {
            String bad = value.codePoints().filter(c -> !ALLOWED.matcher(Character.toString(c)).matches())
                    .mapToObj(c -> Character.isWhitespace(c) ? "whitespace" : "'" + Character.toString(c) + "'")
                    .distinct().findFirst().orElse("a character");
            throw new InvalidStepArgument(what, value, "it contains " + bad + "; " + RULE);
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidStepArgument(what, value, "it is longer than " + MAX_BYTES + " bytes; " + RULE);
        }
        if (value.equals(".") || value.equals("..")) {
            throw new InvalidStepArgument(what, value, RULE);
        }
        if (KEYWORDS.contains(value.toLowerCase(Locale.ROOT))) {
            throw new InvalidStepArgument(what, value, "it is a keyword of iproute2, which would read it as one; "
                    + RULE + ", and none of: " + String.join(", ", new TreeSet<>(KEYWORDS)));
        }
        String lower = value.toLowerCase(Locale.ROOT);
        ABBREVIABLE.stream().filter(keyword -> keyword.startsWith(lower)).findFirst().ifPresent(keyword -> {
            throw new InvalidStepArgument(what, value, "iproute2 would read it as its keyword '" + keyword
                    + "', which it accepts abbreviated; " + RULE + ", and not the start of: "
                    + String.join(", ", new TreeSet<>(ABBREVIABLE)));
        });
        return value;
    }
}
