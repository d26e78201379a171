package netspec.lab.cni;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import netspec.evidence.args.InvalidStepArgument;

/**
 * The plugins a scenario can name: Debian's reference main plugins (containernetworking-plugins, each with
 * host-local IPAM), netspec's bash plugin, and yours.
 */
public final class CniPlugins {

    /** Where Debian's containernetworking-plugins installs the reference plugins. */
    public static final String REFERENCE_DIR = "/usr/lib/cni";
    private static final String BASH_PLUGIN = "netspec-bash-cni";
    /** Debian's main plugins: each has a template assets/cni/NAME.json. */
    private static final List<String> REFERENCE = List.of("bridge", "ptp", "macvlan", "ipvlan", "vlan", "host-device");

    private CniPlugins() {
    }

    public static CniPlugin named(String name) {
        if (REFERENCE.contains(name)) {
            return new CniPlugin(name, REFERENCE_DIR + "/" + name, REFERENCE_DIR, template(name + ".json"),
                    Optional.empty());
        }
        return switch (name) {
            // binary and CNI_PATH are known once the asset has landed on the target
            case BASH_PLUGIN -> new CniPlugin(name, "", "", template(BASH_PLUGIN + ".json"),
                    Optional.of("cni/" + BASH_PLUGIN));
            case PluginUnderTest.NAME -> PluginUnderTest.plugin();
            default -> throw new InvalidStepArgument("CNI plugin", name,
                    "use one of " + String.join(", ", REFERENCE) + ", " + BASH_PLUGIN + " or " + PluginUnderTest.NAME);
        };
    }

    static String template(String file) {
        try (InputStream in = CniPlugins.class.getResourceAsStream("/assets/cni/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no configuration template assets/cni/" + file + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
