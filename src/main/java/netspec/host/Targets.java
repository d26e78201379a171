package netspec.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import netspec.host.ssh.SshSettings;
import netspec.host.ssh.SshTarget;
import netspec.host.vagrant.VagrantTarget;

/**
 * The target of this run, chosen by name ({@link Setting#TARGET}) from a registry of known targets, and its
 * capabilities are probed once by netspec.capability.TargetCapabilities.
 */
public final class Targets {

    private static final Map<String, Supplier<Target>> KNOWN = new LinkedHashMap<>();

    static {
        register("local", LocalTarget::new);
        register("ssh", () -> new SshTarget(SshSettings.fromSystem()));
        register("vagrant", VagrantTarget::fromSystem);
    }

    private static Target target;

    private Targets() {
    }

    /** Makes a target choosable with {@code -Dnetspec.target=name}; a later registration of a name replaces it. */
    public static synchronized void register(String name, Supplier<Target> factory) {
        KNOWN.put(name, factory);
    }

    public static synchronized Target current() {
        if (target == null) {
            target = create(Setting.TARGET.value());
            Runtime.getRuntime().addShutdownHook(new Thread(target::close, "netspec target close"));
        }
        return target;
    }

    static synchronized Target create(String name) {
        Supplier<Target> factory = KNOWN.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown target '" + name + "' (set by " + Setting.TARGET
                    + "); this version knows: " + String.join(", ", KNOWN.keySet()));
        }
        return factory.get();
    }
}
