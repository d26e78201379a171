package netspec.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One target of a run over many ({@link Setting#TARGETS}): the name its results file and report carry, and the
 * {@code netspec.*} settings that choose it in a run of its own ({@code netspec.target=ssh},
 * {@code netspec.ssh.host=...}).
 *
 * @param name     one word that is also a file name: {@code local}, {@code ssh-root@10.0.0.5-22}, an inventory host
 * @param settings system properties for that target's run, {@code netspec.target} first
 */
public record TargetSpec(String name, Map<String, String> settings) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

    public TargetSpec {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("target name '" + name + "' is not one word of letters, digits, '.',"
                    + " '_', '@' or '-'");
        }
        if (!settings.containsKey(Setting.TARGET.property())) {
            throw new IllegalArgumentException("target " + name + " has no " + Setting.TARGET.property());
        }
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    public static TargetSpec local(String name) {
        return new TargetSpec(name, Map.of(Setting.TARGET.property(), "local"));
    }

    /** An SSH host; a null user or port leaves {@code netspec.ssh.user} / {@code netspec.ssh.port} to say. */
    public static TargetSpec ssh(String name, String host, String user, Integer port, String key) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(Setting.TARGET.property(), "ssh");
        settings.put(Setting.SSH_HOST.property(), host);
        if (user != null) {
            settings.put(Setting.SSH_USER.property(), user);
        }
        if (port != null) {
            settings.put(Setting.SSH_PORT.property(), String.valueOf(port));
        }
        if (key != null) {
            settings.put(Setting.SSH_KEY.property(), key);
        }
        return new TargetSpec(name, settings);
    }

    public static TargetSpec vagrant(String machine) {
        return new TargetSpec("vagrant-" + machine, Map.of(Setting.TARGET.property(), "vagrant",
                Setting.VAGRANT_MACHINE.property(), machine));
    }

    /** The kind of target: {@code local}, {@code ssh} or {@code vagrant}. */
    public String kind() {
        return settings.get(Setting.TARGET.property());
    }
}
