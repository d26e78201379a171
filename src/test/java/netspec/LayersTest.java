package netspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The framework's packages form layers (README, "Layout"): a package imports only packages of
 * lower layers, so there are no cycles and the evidence layer sits at the bottom. Read from the sources.
 */
class LayersTest {

    /** Bottom first; packages on one line are one layer and may not import each other. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("shell"),
            List.of("evidence"),
            List.of("linux", "packets"),
            List.of("host"),
            List.of("cni"),
            List.of("capability"),
            List.of("lab"),
            List.of("capture", "bpf", "k8s", "topology", "catalog"),
            List.of("kernel"),
            List.of("run"),
            List.of("steps", "results", "mutation"));

    /** An import, or a class named in full in the code ("netspec.host.Setting.TARGET"). */
    private static final Pattern IMPORT = Pattern.compile("(?:^import (?:static )?|[^\\w.\"])netspec\\.(\\w+)\\.[A-Za-z]",
            Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyLowerLayers() throws IOException {
        Map<String, Integer> layerOf = new TreeMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String p : LAYERS.get(i)) {
                layerOf.put(p, i);
            }
        }
        List<String> upward = new ArrayList<>();
        TreeSet<String> unknown = new TreeSet<>();
        Path root = Path.of("src/main/java/netspec");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // netspec's top-level classes, if any, sit above everything
                }
                String own = relative.getName(0).toString();
                Integer ownLayer = layerOf.get(own);
                if (ownLayer == null) {
                    unknown.add(own);
                    continue;
                }
                // comments may name any class: only code counts
                String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                Matcher m = IMPORT.matcher(code);
                while (m.find()) {
                    String used = m.group(1);
                    Integer usedLayer = layerOf.get(used);
                    if (used.equals(own)) {
                        continue;
                    }
                    if (usedLayer == null) {
                        if (Files.isDirectory(root.resolve(used))) {
                            unknown.add(used);
                        }
                    } else if (usedLayer >= ownLayer) {
                        upward.add(root.relativize(file) + " imports netspec." + used);
                    }
                }
            }
        }
        assertThat(unknown).as("packages with no layer in LayersTest: give each one").isEmpty();
        assertThat(upward).as("imports of the same or a higher layer").isEmpty();
    }
}
