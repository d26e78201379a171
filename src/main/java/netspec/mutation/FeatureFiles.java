package netspec.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Background;
import io.cucumber.messages.types.Comment;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleStepType;
import io.cucumber.messages.types.PickleTable;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TableRow;

/** Reads feature files with Cucumber's own Gherkin parser into the scenarios as they run (its pickles). */
public final class FeatureFiles {

    private FeatureFiles() {
    }

    /** Every scenario of every {@code *.feature} below the folder, in file order. */
    public static List<SourceScenario> read(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<SourceScenario> all = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                all.addAll(readFile(file));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the features under " + root, e);
        }
    }

    /** The scenarios of one file; {@code file} as given names them ({@code features/x.feature:12}). */
    public static List<SourceScenario> readFile(Path file) {
        List<Envelope> envelopes;
        try {
            envelopes = GherkinParser.builder().includeSource(false).build().parse(file).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        GherkinDocument document = envelopes.stream().flatMap(e -> e.getGherkinDocument().stream()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " is not a feature file: "
                        + envelopes.stream().flatMap(e -> e.getParseError().stream()).toList()));
        Feature feature = document.getFeature().orElseThrow(() -> new IllegalArgumentException(file + " has no Feature"));
        Ast ast = new Ast(document);
        List<SourceScenario> scenarios = new ArrayList<>();
        for (Pickle pickle : envelopes.stream().flatMap(e -> e.getPickle().stream()).toList()) {
            Scenario scenario = ast.scenarios.get(pickle.getAstNodeIds().get(0));
            String last = pickle.getAstNodeIds().get(pickle.getAstNodeIds().size() - 1);
            int line = ast.lines.get(last);
            int first = scenario.getLocation().getLine().intValue();
            int end = ast.endOf(first);
            List<String> comments = document.getComments().stream()
                    .filter(c -> c.getLocation().getLine() > first && c.getLocation().getLine() <= end)
                    .map(Comment::getText).map(String::strip).toList();
            List<SourceScenario.Step> steps = pickle.getSteps().stream().map(s -> step(s, ast)).toList();
            scenarios.add(new SourceScenario(file + ":" + line, file.toString(), feature.getName(), pickle.getName(),
                    pickle.getTags().stream().map(PickleTag::getName).toList(), steps, first, end, comments));
        }
        return scenarios;
    }

    private static SourceScenario.Step step(PickleStep pickle, Ast ast) {
        Step step = ast.steps.get(pickle.getAstNodeIds().get(0));
        boolean outcome = pickle.getType().map(t -> t == PickleStepType.OUTCOME).orElse(false);
        List<String> argument = new ArrayList<>();
        pickle.getArgument().ifPresent(a -> {
            a.getDocString().ifPresent(doc -> {
                String fence = doc.getContent().contains("\"\"\"") ? "```" : "\"\"\"";
                argument.add(fence + doc.getMediaType().orElse(""));
                argument.addAll(doc.getContent().lines().toList());
                argument.add(fence);
            });
            a.getDataTable().ifPresent(table -> argument.addAll(rows(table)));
        });
        return new SourceScenario.Step(step.getKeyword().strip(), pickle.getText(),
                step.getLocation().getLine().intValue(), outcome, argument);
    }

    private static List<String> rows(PickleTable table) {
        return table.getRows().stream().map(row -> "| " + String.join(" | ", row.getCells().stream()
                .map(c -> c.getValue().replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n")).toList())
                + " |").toList();
    }

    /** The document's nodes by id: scenarios, steps, example rows, and each node's line. */
    private static final class Ast {
        final Map<String, Scenario> scenarios = new HashMap<>();
        final Map<String, Step> steps = new HashMap<>();
        final Map<String, Integer> lines = new HashMap<>();
        /** Where each scenario, background or rule begins (its first tag, or its keyword). */
        final java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();

        Ast(GherkinDocument document) {
            document.getFeature().ifPresent(f -> f.getChildren().forEach(this::child));
        }

        /** A scenario's lines run to the line before the next one begins (or to the end of the file). */
        int endOf(int scenarioLine) {
            Integer next = starts.higher(scenarioLine);
            return next == null ? Integer.MAX_VALUE : next - 1;
        }

        private void child(FeatureChild child) {
            child.getRule().ifPresent(rule -> starts.add(rule.getTags().stream()
                    .mapToInt(t -> t.getLocation().getLine().intValue()).min()
                    .orElse(rule.getLocation().getLine().intValue())));
            child.getBackground().ifPresent(this::background);
            child.getScenario().ifPresent(this::scenario);
            child.getRule().ifPresent(rule -> rule.getChildren().forEach(c -> {
                c.getBackground().ifPresent(this::background);
                c.getScenario().ifPresent(this::scenario);
            }));
        }

        private void background(Background background) {
            starts.add(background.getLocation().getLine().intValue());
            background.getSteps().forEach(this::step);
        }

        private void scenario(Scenario scenario) {
            scenarios.put(scenario.getId(), scenario);
            int line = scenario.getLocation().getLine().intValue();
            starts.add(scenario.getTags().stream().mapToInt(t -> t.getLocation().getLine().intValue()).min().orElse(line));
            lines.put(scenario.getId(), line);
            scenario.getSteps().forEach(this::step);
            for (Examples examples : scenario.getExamples()) {
                for (TableRow row : examples.getTableBody()) {
                    lines.put(row.getId(), row.getLocation().getLine().intValue());
                }
            }
        }

        private void step(Step step) {
            steps.put(step.getId(), step);
        }
    }
}
