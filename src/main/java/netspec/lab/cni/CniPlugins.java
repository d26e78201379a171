package netspec.lab.cni;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import netspec.evidence.args.InvalidStepArgument;

/** The plugins a scenario can name: Debian's reference bridge plugin, netspec's bash plugin, and yours. */
public final class CniPlugins {

    /** Where Debian's containernetworking-plugins installs the reference plugins. */
    public static final String REFERENCE_DIR = "/usr/lib/cni";
    private static final String BASH_PLUGIN = "netspec-bash-cni";

    private CniPlugins() {
    }

    public static CniPlugin named(String name) {
        return switch (name) {
            case "bridge" -> new CniPlugin(name, REFERENCE_DIR + "/bridge", REFERENCE_DIR, template("bridge.json"),
                    Optional.empty());
            // binary and CNI_PATH are known once the asset has landed on the target
            case BASH_PLUGIN -> new CniPlugin(name, "", "", template(BASH_PLUGIN + ".json"),
                    Optional.of("cni/" + BASH_PLUGIN));
            case PluginUnderTest.NAME -> PluginUnderTest.plugin();
            default -> throw new InvalidStepArgument("CNI plugin", name,
                    "use bridge, " + BASH_PLUGIN + " or " + PluginUnderTest.NAME);
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
