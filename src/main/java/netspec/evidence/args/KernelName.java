package netspec.evidence.args;

import java.nio.charset.StandardCharsets;
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
        return value;
    }
}
