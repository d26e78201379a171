package netspec.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * allure-cucumber7-jvm gives every scenario its feature's whole description (30 to 40 lines of quoted text and
 * sketches), which pushed each scenario's result below the fold. After the run, only the feature's first scenario
 * (by line) keeps it; the others say in one line where it is.
 */
final class FeatureDescriptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeatureDescriptions() {
    }

    static void onFirstScenarioOnly(Path results) throws IOException {
        Map<String, List<Scenario>> byFeature = new TreeMap<>();
        try (var files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
                JsonNode node = JSON.readTree(file.toFile());
                String fullName = node.path("fullName").asText("");
                int colon = fullName.lastIndexOf(':');
                if (node.isObject() && colon > 0 && node.hasNonNull("description")) {
                    byFeature.computeIfAbsent(fullName.substring(0, colon), k -> new ArrayList<>())
                            .add(new Scenario(file, (ObjectNode) node, lineOf(fullName.substring(colon + 1))));
                }
            }
        }
        for (List<Scenario> scenarios : byFeature.values()) {
            scenarios.sort(Comparator.comparingInt(Scenario::line));
            String first = scenarios.get(0).node().path("name").asText();
            for (Scenario other : scenarios.subList(1, scenarios.size())) {
                other.node().put("description", "The feature's description is on its first scenario, \"" + first
                        + "\".");
                JSON.writeValue(other.file().toFile(), other.node());
            }
        }
    }

    private static int lineOf(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private record Scenario(Path file, ObjectNode node, int line) {
    }
}
