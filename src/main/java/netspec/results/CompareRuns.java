package netspec.results;

import netspec.run.ResultsFile;
import netspec.run.RunResults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares two runs' results files ({@link ResultsFile}) scenario by scenario: the same scenarios, each with
 * the same status. Prints every difference with the reasons, and exits 1 when there is one. A file from a run
 * that did not finish (interrupted, or incomplete for lack of tools) is refused: exit status 3.
 *
 * <pre>
 * mvn -q exec:java -Dexec.mainClass=netspec.results.CompareRuns -Dexec.classpathScope=test \
 *     -Dexec.args="target/netspec-results/local.tsv target/netspec-results/ssh.tsv"
 * </pre>
 */
public final class CompareRuns {

    private CompareRuns() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CompareRuns <results.tsv> <other-results.tsv>");
            System.exit(2);
        }
        Path first = Path.of(args[0]);
        Path second = Path.of(args[1]);
        Optional<String> unfinished = unfinished(first, second);
        if (unfinished.isPresent()) {
            System.out.println("refusing to compare: " + unfinished.get());
            System.exit(3);
        }
        int differences = compare(first, second);
        System.exit(differences == 0 ? 0 : 1);
    }

    /** Why these two files cannot be compared as finished runs; empty when both are complete. */
    static Optional<String> unfinished(Path first, Path second) throws IOException {
        List<String> warnings = new ArrayList<>();
        RunResults.read(first).incompleteWarning().ifPresent(warnings::add);
        RunResults.read(second).incompleteWarning().ifPresent(warnings::add);
        return warnings.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", warnings) + ": its outcomes would pass for a finished run's");
    }

    /** Prints the differences and a closing line; returns how many scenarios differ. */
    static int compare(Path first, Path second) throws IOException {
        String a = label(first);
        String b = label(second);
        Map<String, RunResults.Row> left = RunResults.read(first).rows();
        Map<String, RunResults.Row> right = RunResults.read(second).rows();
        TreeSet<String> scenarios = new TreeSet<>(RunResults::byFeatureThenLine);
        scenarios.addAll(left.keySet());
        scenarios.addAll(right.keySet());
        int differences = 0;
        for (String scenario : scenarios) {
            RunResults.Row l = left.get(scenario);
            RunResults.Row r = right.get(scenario);
            if (l != null && r != null && l.status().equals(r.status())) {
                continue;
            }
            differences++;
            String name = (l != null ? l : r).name();
            System.out.printf("DIFFERS  %s  %s%n         %s: %s%n         %s: %s%n", scenario, name,
                    a, outcome(l), b, outcome(r));
        }
        System.out.println(differences == 0
                ? a + " and " + b + " agree on all " + scenarios.size() + " scenarios"
                : differences + " of " + scenarios.size() + " scenarios differ between " + a + " and " + b);
        return differences;
    }

    private static String outcome(RunResults.Row row) {
        if (row == null) {
            return "did not run";
        }
        return row.status() + (row.reason().isEmpty() ? "" : " (" + row.reason() + ")");
    }

    private static String label(Path results) {
        return results.getFileName().toString().replaceFirst("\\.tsv$", "");
    }
}
