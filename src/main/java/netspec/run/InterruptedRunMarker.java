package netspec.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A result in the Allure results folder that says the run did not finish: placed when the run starts, removed
 * when it ends complete. A report built after the runner was killed therefore opens with a broken entry
 * "RUN INTERRUPTED" above the scenarios it shows. The file itself is the marker:
 * {@code <allure results>/netspec-run-interrupted-result.json}.
 */
final class InterruptedRunMarker {

    static final String FILE = "netspec-run-interrupted-result.json";

    private InterruptedRunMarker() {
    }

    static Path file() {
        return Path.of(System.getProperty("allure.results.directory", "allure-results")).resolve(FILE);
    }

    static void place() {
        write("RUN INTERRUPTED: this report shows only the scenarios that finished before the run was cut short",
                "The runner ended before the last scenario (killed, a signal, a timeout or a crash). Scenarios"
                        + " that had not finished are missing, and the results file says state=running or"
                        + " state=interrupted. Run again for a complete report.");
    }

    static void replace(String why) {
        write("RUN INCOMPLETE: " + why, why + "; the first lines of the run's output say what to install.");
    }

    static void remove() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            System.out.println("netspec: cannot remove " + file() + ": " + e.getMessage());
        }
    }

    private static void write(String name, String message) {
        long now = System.currentTimeMillis();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("uuid", "netspec-run-state");
        result.put("historyId", "netspec-run-state");
        result.put("name", name);
        result.put("fullName", "netspec run state");
        result.put("status", "broken");
        result.put("stage", "finished");
        result.put("statusDetails", Map.of("message", message));
        result.put("start", now);
        result.put("stop", now);
        result.put("labels", List.of(Map.of("name", "suite", "value", "netspec run"),
                Map.of("name", "severity", "value", "blocker")));
        try {
            Files.createDirectories(file().getParent());
            new ObjectMapper().writeValue(file().toFile(), result);
        } catch (IOException e) {
            System.out.println("netspec: cannot write " + file() + ": " + e.getMessage());
        }
    }
}
