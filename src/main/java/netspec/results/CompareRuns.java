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
 *
 * <p>With {@code --by-name} first, scenarios are matched by feature and name (the n-th scenario of that name,
 * for an outline's examples) instead of {@code feature:line}: for comparing runs across edits of the features.
 * Then a scenario only in the second run is new, listed but not a difference; one missing from it is.
 */
public final class CompareRuns {

    private CompareRuns() {
    }

    public static void main(String[] args) throws IOException {
        boolean byName = args.length == 3 && args[0].equals("--by-name");
        if (args.length != 2 && !byName) {
            System.err.println("usage: CompareRuns [--by-name] <results.tsv> <other-results.tsv>");
            System.exit(2);
        }
        Path first = Path.of(args[byName ? 1 : 0]);
        Path second = Path.of(args[byName ? 2 : 1]);
        Optional<String> unfinished = unfinished(first, second);
        if (unfinished.isPresent()) {
            System.out.println("refusing to compare: " + unfinished.get());
            System.exit(3);
        }
        int differences = byName ? compareByName(first, second) : compare(first, second);
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

    /** Like {@link #compare}, matching scenarios by feature and name; new scenarios in the second run are listed. */
    static int compareByName(Path first, Path second) throws IOException {
        String a = label(first);
        String b = label(second);
        Map<String, RunResults.Row> left = byName(RunResults.read(first).rows());
        Map<String, RunResults.Row> right = byName(RunResults.read(second).rows());
        int differences = 0;
        for (var entry : left.entrySet()) {
            RunResults.Row l = entry.getValue();
            RunResults.Row r = right.get(entry.getKey());
            if (r != null && l.status().equals(r.status())) {
                continue;
            }
            differences++;
            System.out.printf("DIFFERS  %s  %s%n         %s: %s%n         %s: %s%n", l.key(), l.name(), a, outcome(l),
                    b, outcome(r));
        }
        int added = 0;
        for (var entry : right.entrySet()) {
            if (!left.containsKey(entry.getKey())) {
                added++;
                System.out.printf("NEW      %s  %s: %s%n", entry.getValue().key(), entry.getValue().name(),
                        outcome(entry.getValue()));
            }
        }
        System.out.println((differences == 0
                ? a + " and " + b + " agree on all " + left.size() + " scenarios of " + a
                : differences + " of " + left.size() + " scenarios of " + a + " differ in " + b)
                + (added == 0 ? "" : "; " + added + " new in " + b));
        return differences;
    }

    /** feature::name#n, n counting the scenarios of that name in the feature in line order. */
    private static Map<String, RunResults.Row> byName(Map<String, RunResults.Row> rows) {
        Map<String, RunResults.Row> named = new java.util.LinkedHashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (RunResults.Row row : rows.values()) {
            String feature = row.key().substring(0, row.key().lastIndexOf(':'));
            String name = feature + "::" + row.name();
            int n = seen.merge(name, 1, Integer::sum);
            named.put(name + "#" + n, row);
        }
        return named;
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
