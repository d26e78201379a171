package netspec.lab.cni;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import netspec.shell.ShellQuoting;
import netspec.host.Setting;

/**
 * A plugin of your own, named on the command line: {@code -Dnetspec.cni.plugin=/path/on/the/target}, its
 * configuration template {@code -Dnetspec.cni.config=/path/on/this/machine.json}, and optionally
 * {@code -Dnetspec.cni.path} for CNI_PATH (by default the plugin's directory and the usual plugin folders).
 * The environment variables NETSPEC_CNI_PLUGIN, NETSPEC_CNI_CONFIG and NETSPEC_CNI_PATH work too.
 */
public final class PluginUnderTest {

    public static final String NAME = "plugin-under-test";

    private PluginUnderTest() {
    }

    static CniPlugin plugin() {
        String binary = binary().orElseThrow(() -> new IllegalStateException(
                "no plugin under test: name it with -Dnetspec.cni.plugin=/path/on/the/target"));
        Path template = configTemplate().map(Path::of).orElseThrow(() -> new IllegalStateException(
                "no configuration for the plugin under test: -Dnetspec.cni.config=/path/to/template.json"));
        String directory = binary.contains("/") ? binary.substring(0, binary.lastIndexOf('/')) : ".";
        String cniPath = Setting.CNI_PATH.valueOr(directory + ":" + CniPlugins.REFERENCE_DIR + ":/opt/cni/bin");
        try {
            return new CniPlugin(NAME, binary, cniPath, Files.readString(template, StandardCharsets.UTF_8),
                    Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration template " + template, e);
        }
    }

    private static Optional<String> binary() {
        return Setting.CNI_PLUGIN.given();
    }

    private static Optional<String> configTemplate() {
        return Setting.CNI_CONFIG.given();
    }
}
