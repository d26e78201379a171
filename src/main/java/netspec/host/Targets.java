package netspec.host;

import netspec.capability.Capabilities;
import netspec.host.ssh.SshSettings;
import netspec.host.ssh.SshTarget;

/**
 * The target of this run, chosen by the system property {@code netspec.target} (or the environment variable
 * {@code NETSPEC_TARGET}), and its capabilities, probed once and shared by all scenarios.
 */
public final class Targets {

    private static Target target;
    private static Capabilities capabilities;

    private Targets() {
    }

    public static synchronized Target current() {
        if (target == null) {
            target = create(setting("netspec.target", "NETSPEC_TARGET", "local"));
            Runtime.getRuntime().addShutdownHook(new Thread(target::close, "netspec target close"));
        }
        return target;
    }

    public static synchronized Capabilities capabilities() {
        if (capabilities == null) {
            capabilities = Capabilities.probe(current());
        }
        return capabilities;
    }

    /** The capabilities if they have been probed already; never probes. */
    public static synchronized java.util.Optional<Capabilities> probedCapabilities() {
        return java.util.Optional.ofNullable(capabilities);
    }

    static Target create(String name) {
        return switch (name) {
            case "local" -> new LocalTarget();
            case "ssh" -> new SshTarget(SshSettings.fromSystem());
            case "vagrant" -> netspec.host.vagrant.VagrantTarget.fromSystem();
            default -> throw new IllegalArgumentException("unknown target '" + name
                    + "' (netspec.target); this version knows: local, ssh, vagrant");
        };
    }

    /** A system property, else an environment variable, else the default. */
    public static String setting(String property, String environmentVariable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
