package netspec.linux;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A namespace's identity as {@code readlink /proc/PID/ns/TYPE} prints it, e.g. {@code net:[4026532248]}: two
 * processes are in the same namespace exactly when type and inode are equal.
 */
public record NamespaceIdentity(String type, long inode) {

    private static final Pattern LINK = Pattern.compile("([a-z_]+):\\[(\\d+)]");

    public static NamespaceIdentity parse(String text) {
        Matcher m = LINK.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a namespace link like net:[4026532248]: " + text);
        }
        return new NamespaceIdentity(m.group(1), Long.parseLong(m.group(2)));
    }

    @Override
    public String toString() {
        return type + ":[" + inode + "]";
    }
}
