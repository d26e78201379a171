package netspec.run;

import netspec.capability.TargetCapabilities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import netspec.capability.Capabilities;
import netspec.host.Targets;

/**
 * At the end of a run, gives the Allure report its context, next to the scenarios' results: where it ran
 * ({@code environment.properties}: target, kernel, system, tool versions, netspec's version and commit,
 * parallelism, date), who ran it ({@code executor.json}, numbering the runs for the trend), why scenarios did not
 * pass ({@code categories.json}, see {@link ReportCategories}), the history of earlier runs kept in
 * {@code reports/history} (the trend; see {@link #history()}), and each feature's description on its first scenario only.
 * A dry run, which runs nothing, writes nothing.
 */
public final class ReportContext implements ConcurrentEventListener {

    /**
     * Where the report keeps the history of earlier runs on this kind of target ({@code reports/history} for local
     * runs, {@code reports/history-ssh} ..., {@code reports/history-targets} for a run over many: one trend per target);
     * {@link ReportHistory} fills it after generating.
     */
    public static Path history() {
        if (netspec.host.Setting.TARGETS.given().isPresent()) {
            return Path.of("reports", "history-targets"); // a run over many targets has a trend of its own
        }
        String target = netspec.host.Setting.TARGET.value();
        return Path.of("reports", target.equals("local") ? "history" : "history-" + target);
    }

    /** The compatibility matrix CI writes next to the report (netspec.results.CompatibilityMatrix). */
    static final Path MATRIX = Path.of("reports", "compatibility.html");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunFinished.class, e -> write());
    }

    private void write() {
        if (Boolean.getBoolean("cucumber.execution.dry-run")) {
            return;
        }
        Path results = Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
        try {
            Files.createDirectories(results);
            Map<String, String> environment = environment();
            Files.writeString(results.resolve("environment.properties"), properties(environment));
            Files.writeString(results.resolve("categories.json"), ReportCategories.json());
            int buildOrder = copyHistory(results) + 1;
            Files.writeString(results.resolve("executor.json"), executor(environment, buildOrder));
            FeatureDescriptions.onFirstScenarioOnly(results);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report's context under " + results, e);
        }
    }

    static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("target", netspec.host.Setting.TARGET.value());
        try {
            environment.put("target", Targets.current().name());
            Capabilities capabilities = TargetCapabilities.current();
            environment.put("kernel", capabilities.kernel());
            environment.put("distribution", capabilities.os());
            capabilities.tools().forEach(environment::put);
        } catch (RuntimeException unreachable) {
            environment.put("kernel", "unknown (" + String.valueOf(unreachable.getMessage()).strip().lines()
                    .findFirst().orElse("") + ")");
        }
        environment.put("netspec", version() + " (commit " + commit() + ")");
        environment.put("parallelism", ConsoleProgress.parallelism());
        environment.put("tags", TagSelection.selection().isEmpty() ? "(all)" : TagSelection.selection());
        environment.put("date", ZonedDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return environment;
    }

    /** The commit checked out where Maven runs, with "+changes" when the work tree differs from it. */
    static String commit() {
        String head = git("rev-parse", "--short=12", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + "+changes";
    }

    private static String git(String... args) {
        try {
            String[] argv = new String[args.length + 1];
            argv[0] = "git";
            System.arraycopy(args, 0, argv, 1, args.length);
            Process git = new ProcessBuilder(argv).redirectErrorStream(false).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String properties(Map<String, String> environment) {
        StringBuilder text = new StringBuilder();
        environment.forEach((key, value) -> text.append(key).append(" = ")
                .append(value.replace("\\", "\\\\").replace("\n", " ")).append('\n'));
        return text.toString();
    }

    private static String executor(Map<String, String> environment, int buildOrder) throws IOException {
        ObjectNode executor = JSON.createObjectNode();
        executor.put("name", "netspec on " + environment.get("target"));
        executor.put("type", "maven");
        executor.put("buildOrder", buildOrder);
        executor.put("buildName", "run " + buildOrder + ", " + environment.get("date"));
        executor.put("reportName", "netspec: " + environment.get("target") + ", kernel " + environment.get("kernel"));
        if (Files.exists(MATRIX)) {
            // the executor's name links to it: the same scenarios on every target run so far
            executor.put("buildUrl", MATRIX.getFileName().toString());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(executor);
    }

    /** Copies the last report's history into the results, so the new report extends its trend; the last run's number. */
    private static int copyHistory(Path results) throws IOException {
        Path kept = history();
        if (!Files.isDirectory(kept)) {
            return 0;
        }
        Path into = Files.createDirectories(results.resolve("history"));
        try (var files = Files.list(kept)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(file, into.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path trend = kept.resolve("history-trend.json");
        if (!Files.exists(trend)) {
            return 0;
        }
        int last = 0;
        for (JsonNode point : JSON.readTree(trend.toFile())) {
            last = Math.max(last, point.path("buildOrder").asInt(0));
        }
        return last;
    }

    /** netspec's version, as Maven wrote it into netspec/version.properties. */
    private static String version() {
        try (var in = ReportContext.class.getResourceAsStream("/netspec/version.properties")) {
            var properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
