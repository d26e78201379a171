package netspec.results;

import netspec.evidence.SkipCause;
import netspec.run.ResultsFile;
import netspec.run.RunResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every scenario against every run it took part in, each run named by its target and kernel: which specs hold
 * on which kernel. Built from results files ({@link ResultsFile}), of one CI run or of the nightly legs, and
 * written as {@code compatibility.html} (self-contained), {@code compatibility.md} and {@code compatibility.tsv}.
 *
 * <pre>
 * mvn -q exec:java -Dexec.mainClass=netspec.results.CompatibilityMatrix -Dexec.classpathScope=test \
 *     -Dexec.args="reports target/netspec-results/local.tsv target/netspec-results/vagrant.tsv"
 * </pre>
 * A folder among the arguments stands for every {@code *.tsv} below it.
 */
public final class CompatibilityMatrix {


    /** A run as one column: its heading, and the results behind it. */
    public record Column(String label, RunResults run) {
    }

    /** What one run did with one scenario. */
    public enum Outcome {
        PASSED("passed"), FAILED("failed"), SKIPPED("skipped"), NOT_RUN("not run");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Outcome of(RunResults.Row row) {
            if (row == null) {
                return NOT_RUN;
            }
            return switch (row.status()) {
                case "PASSED" -> PASSED;
                case "SKIPPED" -> SKIPPED;
                default -> FAILED; // failed, undefined, ambiguous, pending: all need someone's attention
            };
        }
    }

    private final List<Column> columns;
    private final List<String> scenarios;

    CompatibilityMatrix(List<RunResults> runs) {
        this.columns = label(runs);
        TreeSet<String> keys = new TreeSet<>(RunResults::byFeatureThenLine);
        runs.forEach(run -> keys.addAll(run.rows().keySet()));
        this.scenarios = List.copyOf(keys);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CompatibilityMatrix <output-folder> <results.tsv or folder>...");
            System.exit(2);
        }
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        if (RunResults.readAll(inputs).isEmpty()) {
            System.err.println("no results file (*.tsv) in " + inputs);
            System.exit(2);
        }
        write(Path.of(args[0]), inputs);
    }

    /** Writes the matrix of these results files (folders stand for their {@code *.tsv}) to {@code out}. */
    static void write(Path out, List<Path> inputs) throws IOException {
        List<RunResults> runs = RunResults.readAll(inputs);
        runs.forEach(run -> run.incompleteWarning().ifPresent(w -> System.out.println("WARNING: " + w
                + "; its column is flagged INCOMPLETE")));
        CompatibilityMatrix matrix = new CompatibilityMatrix(runs);
        Files.createDirectories(out);
        Files.writeString(out.resolve("compatibility.html"), MatrixHtml.render(matrix));
        Files.writeString(out.resolve("compatibility.md"), MatrixText.markdown(matrix));
        Files.writeString(out.resolve("compatibility.tsv"), MatrixText.tsv(matrix));
        System.out.printf("compatibility matrix: %d scenarios on %s; %d differ between runs; %s%n", matrix.scenarios.size(),
                String.join(", ", matrix.columns.stream().map(c -> c.label() + " (" + c.run().kernel() + ")").toList()),
                matrix.scenarios.stream().filter(matrix::differs).count(), out.resolve("compatibility.html"));
    }

    /**
     * A run is named by its target; runs of the same target (the nightly's libvirt and VirtualBox legs of one
     * machine) add the folder their file was read from.
     */
    private static List<Column> label(List<RunResults> runs) {
        Map<String, Integer> uses = new HashMap<>();
        runs.forEach(run -> uses.merge(run.target(), 1, Integer::sum));
        List<Column> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RunResults run : runs) {
            String label = run.target();
            if (uses.get(label) > 1) {
                Path folder = run.file().toAbsolutePath().getParent();
                label += " (" + (folder == null ? "?" : folder.getFileName()) + ")";
                int n = seen.merge(label, 1, Integer::sum);
                label += n > 1 ? " #" + n : "";
            }
            // a run that did not finish is flagged in its heading, wherever the matrix is shown
            label += run.isComplete() ? "" : " [INCOMPLETE: " + run.state() + "]";
            columns.add(new Column(label, run));
        }
        return List.copyOf(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    /** Every scenario of every run ({@code feature:line}), by feature, then line. */
    public List<String> scenarios() {
        return scenarios;
    }

    /** The scenarios of each feature, features in name order. */
    public Map<String, List<String>> byFeature() {
        Map<String, List<String>> features = new LinkedHashMap<>();
        scenarios.forEach(key -> features.computeIfAbsent(feature(key), f -> new ArrayList<>()).add(key));
        return features;
    }

    public Optional<RunResults.Row> row(Column column, String scenario) {
        return Optional.ofNullable(column.run().rows().get(scenario));
    }

    public Outcome outcome(Column column, String scenario) {
        return Outcome.of(column.run().rows().get(scenario));
    }

    /** The scenario's name, as the first run that has it calls it. */
    public String name(String scenario) {
        return columns.stream().flatMap(c -> row(c, scenario).stream()).map(RunResults.Row::name).findFirst().orElse("");
    }

    /** Whether the runs that have the scenario disagree on its outcome. */
    public boolean differs(String scenario) {
        return columns.stream().map(c -> outcome(c, scenario)).filter(o -> o != Outcome.NOT_RUN).distinct().count() > 1;
    }

    /** How many of the feature's scenarios had each outcome in the column's run. */
    public Map<Outcome, Integer> counts(Column column, List<String> scenariosOfFeature) {
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        scenariosOfFeature.forEach(s -> counts.merge(outcome(column, s), 1, Integer::sum));
        return counts;
    }

    /** The outcome in a few words: a skip says what it lacked ("skipped: needs dummy"). */
    public String shortText(Column column, String scenario) {
        Outcome outcome = outcome(column, scenario);
        if (outcome == Outcome.SKIPPED) {
            var cause = row(column, scenario).flatMap(RunResults.Row::skipCause);
            if (cause.isPresent()) {
                return (cause.get().kind().equals(SkipCause.LACKS) ? "skipped: needs " : "skipped: for ")
                        + cause.get().subject();
            }
        }
        if (outcome == Outcome.FAILED) {
            return row(column, scenario).map(r -> r.status().toLowerCase(Locale.ROOT)).orElse("failed");
        }
        return outcome.word();
    }

    /** The whole first line of the reason (a skip's, a failure's), for a tooltip; empty when there is none. */
    public String reason(Column column, String scenario) {
        return row(column, scenario).map(RunResults.Row::reason).orElse("");
    }

    static String feature(String scenario) {
        return scenario.substring(0, scenario.lastIndexOf(':'));
    }
}
