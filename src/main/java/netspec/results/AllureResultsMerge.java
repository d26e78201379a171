package netspec.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds one target's Allure results to the results of a run over many targets, so that one report shows every
 * scenario once per target. Allure 2.34 takes results with one historyId for retries of one test and shows only
 * the last, so each result gets the target's name in its historyId, the target and its kernel as a parameter named
 * {@code target} (shown beside the scenario's name; the Behaviors view keeps a scenario's targets together) and as
 * its parentSuite (the Suites view groups by target). Result files are renamed after the target, the other files
 * (attachments, containers, named by UUID) copied as they are; each target's {@code environment.properties} lines
 * are kept under the target's name; the history of earlier runs (the same in every target's results) is kept once.
 *
 * <p>Also a command, for runs gathered from elsewhere (the kernel matrix, the nightly's legs):
 * <pre>{@code
 * mvn -q exec:java -Dexec.mainClass=netspec.results.AllureResultsMerge -Dexec.args="OUT NAME RESULTS [RESULTS_TSV]"
 * }</pre>
 * OUT gathers the runs; NAME is the run, one word (bullseye, this-machine); RESULTS its allure-results; RESULTS_TSV
 * its netspec results file, whose header names the kernel shown beside NAME. Once all are in,
 * {@code -Dexec.args="--title OUT TITLE"} names the merged report (else it bears the name of the run merged last).
 */
public final class AllureResultsMerge {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureResultsMerge() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("--title")) {
            nameReport(Path.of(args[1]), args[2], args[2]);
            return;
        }
        if (args.length < 3 || args.length > 4 || !args[1].matches("[A-Za-z0-9._@-]+")) {
            System.err.println("usage: AllureResultsMerge OUT NAME RESULTS [RESULTS_TSV], NAME one word"
                    + " (letters, digits, ._@-)");
            System.exit(2);
        }
        Path results = Path.of(args[2]);
        if (!Files.isDirectory(results)) {
            System.err.println("AllureResultsMerge: no folder " + results);
            System.exit(1);
        }
        String shown = args[1];
        if (args.length == 4 && Files.isRegularFile(Path.of(args[3]))) {
            shown += " " + netspec.run.RunResults.read(Path.of(args[3])).kernel().split(" ")[0];
        }
        int added = add(Path.of(args[0]), args[1], shown, results);
        System.err.println("AllureResultsMerge: " + added + " results of " + shown + " into " + args[0]);
    }

    /**
     * @param into    the merged results folder
     * @param name    the target as one word (its file name): keeps its history apart from the other targets'
     * @param shown   how the report names it: the target and its kernel
     * @param results that target's own allure-results
     * @return how many results were added
     */
    static int add(Path into, String name, String shown, Path results) throws IOException {
        Files.createDirectories(into);
        if (!Files.isDirectory(results)) {
            return 0;
        }
        int added = 0;
        List<Path> files;
        try (Stream<Path> listed = Files.list(results)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        Path history = results.resolve("history");
        if (Files.isDirectory(history) && !Files.isDirectory(into.resolve("history"))) {
            // every target copied the same trend of earlier runs over many targets (ReportContext): keep it once
            Files.createDirectories(into.resolve("history"));
            try (Stream<Path> kept = Files.list(history)) {
                for (Path file : kept.toList()) {
                    Files.copy(file, into.resolve("history").resolve(file.getFileName()));
                }
            }
        }
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            if (fileName.endsWith("-result.json")) {
                Files.writeString(into.resolve(name + "-" + fileName), JSON.writeValueAsString(relabel(file, name, shown)));
                added++;
            } else if (fileName.equals("environment.properties")) {
                List<String> lines = Files.readAllLines(file).stream().filter(l -> l.contains("="))
                        .map(l -> name + "." + l).toList();
                Files.write(into.resolve(fileName), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.copy(file, into.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return added;
    }

    /**
     * Names the merged report after the run over many targets: each target wrote an executor.json naming only
     * itself, and the one copied last would name the whole report. Its build number (the trend's) stays.
     */
    static void nameReport(Path into, String name, String reportName) throws IOException {
        Path executor = into.resolve("executor.json");
        if (Files.exists(executor)) {
            ObjectNode json = (ObjectNode) JSON.readTree(executor.toFile());
            json.put("name", name).put("reportName", reportName);
            Files.writeString(executor, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        }
    }

    private static JsonNode relabel(Path file, String name, String shown) throws IOException {
        ObjectNode result = (ObjectNode) JSON.readTree(file.toFile());
        JsonNode history = result.hasNonNull("historyId") ? result.get("historyId") : result.get("fullName");
        result.put("historyId", (history == null ? result.path("uuid").asText() : history.asText()) + "@" + name);
        ArrayNode parameters = result.has("parameters") && result.get("parameters").isArray()
                ? (ArrayNode) result.get("parameters") : result.putArray("parameters");
        parameters.addObject().put("name", "target").put("value", shown);
        ArrayNode labels = JSON.createArrayNode();
        result.path("labels").forEach(label -> {
            if (!label.path("name").asText().equals("parentSuite")) {
                labels.add(label);
            }
        });
        labels.addObject().put("name", "parentSuite").put("value", shown);
        result.set("labels", labels);
        return result;
    }
}
