package netspec.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares two runs' results files ({@link ResultsFile}) scenario by scenario: the same scenarios, each with
 * the same status. Prints every difference with the reasons, and exits 1 when there is one.
 *
 * <pre>
 * mvn -q exec:java -Dexec.mainClass=netspec.report.CompareRuns -Dexec.classpathScope=test \
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
        int differences = compare(first, second);
        System.exit(differences == 0 ? 0 : 1);
    }

    /** Prints the differences and a closing line; returns how many scenarios differ. */
    static int compare(Path first, Path second) throws IOException {
        String a = label(first);
        String b = label(second);
        Map<String, String[]> left = read(first);
        Map<String, String[]> right = read(second);
        TreeSet<String> scenarios = new TreeSet<>(left.keySet());
        scenarios.addAll(right.keySet());
        int differences = 0;
        for (String scenario : scenarios) {
            String[] l = left.get(scenario);
            String[] r = right.get(scenario);
            if (l != null && r != null && l[1].equals(r[1])) {
                continue;
            }
            differences++;
            String name = (l != null ? l : r)[2];
            System.out.printf("DIFFERS  %s  %s%n         %s: %s%n         %s: %s%n", scenario, name,
                    a, outcome(l), b, outcome(r));
        }
        System.out.println(differences == 0
                ? a + " and " + b + " agree on all " + scenarios.size() + " scenarios"
                : differences + " of " + scenarios.size() + " scenarios differ between " + a + " and " + b);
        return differences;
    }

    private static String outcome(String[] row) {
        if (row == null) {
            return "did not run";
        }
        return row[1] + (row[3].isEmpty() ? "" : " (" + row[3] + ")");
    }

    private static String label(Path results) {
        return results.getFileName().toString().replaceFirst("\\.tsv$", "");
    }

    private static Map<String, String[]> read(Path results) throws IOException {
        Map<String, String[]> rows = new TreeMap<>();
        for (String line : Files.readAllLines(results)) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 4) {
                rows.put(fields[0], fields);
            }
        }
        return rows;
    }
}
