package netspec.evidence.args;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The rules shared by interface and namespace names: what the kernel accepts, minus what a shell would interpret. */
final class KernelName {

    static final int MAX_BYTES = 15; // IFNAMSIZ - 1
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]+");
    static final String RULE = "use 1 to 15 letters, digits, '.', '-' or '_' (no '/', whitespace or shell characters),"
            + " not '.' or '..'";

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
        return value;
    }
}
