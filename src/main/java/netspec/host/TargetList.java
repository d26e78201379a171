package netspec.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The targets of {@link Setting#TARGETS}: a comma-separated list of {@code local}, {@code ssh://[user@]host[:port]},
 * {@code vagrant:<machine>} and Ansible inventories ({@code @hosts.ini}, or a path to one), read before anything
 * runs. Anything else is refused with the forms it takes.
 *
 * <pre>{@code
 * TargetList.parse("local,ssh://root@10.0.0.5:22,vagrant:pause")  // three targets
 * TargetList.parse("@inventory.yml")                               // every host of the inventory
 * }</pre>
 */
public final class TargetList {

    static final String FORMS = "local, ssh://[user@]host[:port], vagrant:<machine>, or @<inventory> (an Ansible"
            + " inventory in INI or YAML)";

    /** user@, host (a name, an IPv4 address or [IPv6]), :port; each part checked below. */
    private static final Pattern SSH = Pattern.compile("ssh://(?:([^@/:]+)@)?(\\[[0-9A-Fa-f:.]+]|[^@/:\\[\\]]+)(?::(\\d*))?/?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");
    private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final Pattern MACHINE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private TargetList() {
    }

    /** The targets in the order given; a bad element or a target listed twice is refused naming it. */
    public static List<TargetSpec> parse(String list) {
        List<TargetSpec> targets = new ArrayList<>();
        for (String element : list.split(",", -1)) {
            String spec = element.strip();
            if (spec.isEmpty()) {
                throw refused("'" + list + "' has an empty element", "");
            }
            targets.addAll(one(spec));
        }
        Set<String> names = new HashSet<>();
        for (TargetSpec target : targets) {
            if (!names.add(target.name())) {
                throw refused("target " + target.name() + " is listed twice in '" + list + "'", "");
            }
        }
        return List.copyOf(targets);
    }

    private static List<TargetSpec> one(String spec) {
        if (spec.equals("local")) {
            return List.of(TargetSpec.local("local"));
        }
        if (spec.startsWith("ssh://")) {
            return List.of(ssh(spec));
        }
        if (spec.startsWith("vagrant:")) {
            String machine = spec.substring("vagrant:".length());
            if (!MACHINE.matcher(machine).matches()) {
                throw refused("'" + spec + "' names no Vagrant machine", " (vagrant:pause, a machine of vagrant/Vagrantfile)");
            }
            return List.of(TargetSpec.vagrant(machine));
        }
        if (spec.startsWith("@") || !spec.contains("://") && spec.contains("/") || spec.matches(".*\\.(ini|ya?ml|cfg)$")) {
            Path file = Path.of(spec.startsWith("@") ? spec.substring(1) : spec);
            if (!Files.isRegularFile(file)) {
                throw refused("inventory " + file + " is not a file (" + file.toAbsolutePath() + ")", "");
            }
            return AnsibleInventory.read(file).targets();
        }
        throw refused("'" + spec + "' is not a target", "");
    }

    private static TargetSpec ssh(String spec) {
        Matcher m = SSH.matcher(spec);
        if (!m.matches() || !HOST.matcher(m.group(2)).matches()) {
            throw refused("'" + spec + "' is not an SSH target", "");
        }
        String user = m.group(1);
        if (user != null && !USER.matcher(user).matches()) {
            throw refused("'" + spec + "': '" + user + "' is not a user name", "");
        }
        Integer port = m.group(3) == null ? null : port(spec, m.group(3));
        String host = m.group(2).replaceAll("^\\[|]$", "");
        String name = "ssh-" + (user == null ? "" : user + "@") + host.replace(':', '_') + (port == null ? "" : "-" + port);
        return TargetSpec.ssh(name, host, user, port, null);
    }

    static int port(String where, String digits) {
        int port = digits.isEmpty() || digits.length() > 5 ? 0 : Integer.parseInt(digits);
        if (port < 1 || port > 65535) {
            throw refused(where + ": the port must be 1 to 65535, not '" + digits + "'", "");
        }
        return port;
    }

    static IllegalArgumentException refused(String what, String hint) {
        return new IllegalArgumentException(Setting.TARGETS.property() + ": " + what + hint + "; a target is " + FORMS
                + ", separated by commas (README, \"Running on many targets\")");
    }
}
