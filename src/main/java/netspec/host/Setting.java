package netspec.host;

import java.util.Optional;

/**
 * Every {@code netspec.*} setting the framework reads, each with its environment variable and default. A value
 * is looked up once per read in this order: the system property, then the environment variable, then the
 * default; an empty value counts as unset, so a build tool that passes an empty property does not hide the
 * environment variable. The README's settings tables list exactly these (checked by {@code SettingsReadmeTest}).
 *
 * <pre>{@code
 * String target = Setting.TARGET.value();              // "local" unless -Dnetspec.target or NETSPEC_TARGET
 * Optional<String> host = Setting.SSH_HOST.given();    // empty when neither is set
 * }</pre>
 */
public enum Setting {
    TARGET("netspec.target", "local"),
    TARGETS("netspec.targets", null),
    RESULTS_NAME("netspec.results.name", null),
    TAGS("netspec.tags", "not @wip and not @plugin-under-test"),
    INSTALL("netspec.install", "true"),
    COMMAND_TIMEOUT("netspec.commandTimeout", "30"),
    SSH_HOST("netspec.ssh.host", null),
    SSH_PORT("netspec.ssh.port", "22"),
    SSH_USER("netspec.ssh.user", null),
    SSH_KEY("netspec.ssh.key", null),
    SSH_KNOWN_HOSTS("netspec.ssh.knownHosts", null),
    SSH_CONNECT_TIMEOUT("netspec.ssh.connectTimeout", "10"),
    SSH_SUDO("netspec.ssh.sudo", "true"),
    VAGRANT_MACHINE("netspec.vagrant.machine", null),
    VAGRANT_DIR("netspec.vagrant.dir", "vagrant"),
    VAGRANT_UP("netspec.vagrant.up", "false"),
    VAGRANT_AFTER("netspec.vagrant.after", "keep"),
    VAGRANT_COMMAND("netspec.vagrant.command", "vagrant"),
    VAGRANT_CONNECT_TIMEOUT("netspec.vagrant.connectTimeout", "30"),
    VAGRANT_ALL_MACHINES("netspec.vagrant.allMachines", "false"),
    CNI_PLUGIN("netspec.cni.plugin", null),
    CNI_CONFIG("netspec.cni.config", null),
    CNI_PATH("netspec.cni.path", null);

    private final String property;
    private final String fallback;

    Setting(String property, String fallback) {
        this.property = property;
        this.fallback = fallback;
    }

    /** The system property, e.g. {@code netspec.ssh.knownHosts}. */
    public String property() {
        return property;
    }

    /** The environment variable: the property in upper case, '.' and camel humps as '_' ({@code NETSPEC_SSH_KNOWN_HOSTS}). */
    public String environmentVariable() {
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    /** The default when neither is set; empty for a setting that is required or whose default is worked out by its reader. */
    public Optional<String> fallback() {
        return Optional.ofNullable(fallback);
    }

    /** The value given by system property or environment variable, stripped; empty when neither gives one. */
    public Optional<String> given() {
        return nonBlank(System.getProperty(property)).or(() -> nonBlank(System.getenv(environmentVariable())));
    }

    /** The value given, else the default. */
    public String value() {
        return given().or(this::fallback).orElseThrow(() -> new IllegalStateException(
                property + " has no default: read it with given()"));
    }

    /** The value as a positive number of seconds (10, 2.5), refused with the setting's name otherwise. */
    public java.time.Duration seconds() {
        String text = value();
        try {
            double seconds = Double.parseDouble(text);
            if (seconds > 0 && seconds <= 86_400) {
                return java.time.Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // refused below, with the setting's name
        }
        throw new IllegalArgumentException(property + " must be a number of seconds above 0 and at most 86400"
                + " (e.g. 30 or 2.5), not '" + text + "'");
    }

    /** The value given, else {@code computedDefault} (a user name, a file found on this machine...). */
    public String valueOr(String computedDefault) {
        return given().orElse(computedDefault);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    @Override
    public String toString() {
        return property + " or " + environmentVariable();
    }
}
