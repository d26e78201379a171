package netspec.results;

import netspec.run.RunResults;

import java.util.List;
import java.util.Map;

import netspec.results.CompatibilityMatrix.Column;
import netspec.results.CompatibilityMatrix.Outcome;

/** The compatibility matrix as Markdown (for a pull request or a wiki page) and as TSV (for scripts). */
final class MatrixText {

    private MatrixText() {
    }

    /** The runs, the counts per feature, then every scenario; a skip's reason in a few words. */
    static String markdown(CompatibilityMatrix matrix) {
        StringBuilder md = new StringBuilder("# netspec compatibility matrix\n\n| run | kernel | system |"
                + " passed | failed | skipped |\n|---|---|---|---|---|---|\n");
        for (Column column : matrix.columns()) {
            Map<Outcome, Integer> counts = matrix.counts(column, matrix.scenarios());
            md.append(row(column.label(), column.run().kernel(), column.run().os(), "" + counts.get(Outcome.PASSED),
                    "" + counts.get(Outcome.FAILED), "" + counts.get(Outcome.SKIPPED)));
        }
        md.append("\n## Per feature: passed / failed / skipped\n\n").append(headings("feature", matrix));
        matrix.byFeature().forEach((feature, scenarios) -> {
            StringBuilder cells = new StringBuilder("| `" + feature + "` |");
            for (Column column : matrix.columns()) {
                Map<Outcome, Integer> c = matrix.counts(column, scenarios);
                cells.append(' ').append(c.get(Outcome.PASSED)).append(" / ").append(c.get(Outcome.FAILED))
                        .append(" / ").append(c.get(Outcome.SKIPPED)).append(" |");
            }
            md.append(cells).append('\n');
        });
        md.append("\n## Scenarios\n\n\u2260 marks a scenario whose outcome differs between runs.\n\n")
                .append(headings("scenario", matrix));
        for (String scenario : matrix.scenarios()) {
            StringBuilder cells = new StringBuilder("| " + (matrix.differs(scenario) ? "\u2260 " : "") + "`" + scenario
                    + "` " + cell(matrix.name(scenario)) + " |");
            for (Column column : matrix.columns()) {
                String text = matrix.shortText(column, scenario);
                cells.append(' ').append(matrix.outcome(column, scenario) == Outcome.FAILED ? "**" + text + "**" : text)
                        .append(" |");
            }
            md.append(cells).append('\n');
        }
        return md.toString();
    }

    /**
     * A header line per run ({@code #run}, label, kernel, system), then a line per scenario: {@code feature:line},
     * name, and each run's status as its results file says it ({@code -} where it did not run).
     */
    static String tsv(CompatibilityMatrix matrix) {
        StringBuilder tsv = new StringBuilder();
        for (Column column : matrix.columns()) {
            tsv.append(String.join("\t", "#run", column.label(), column.run().kernel(), column.run().os())).append('\n');
        }
        tsv.append(String.join("\t", "scenario", "name",
                String.join("\t", matrix.columns().stream().map(Column::label).toList()))).append('\n');
        for (String scenario : matrix.scenarios()) {
            tsv.append(scenario).append('\t').append(RunResults.oneField(matrix.name(scenario)));
            for (Column column : matrix.columns()) {
                tsv.append('\t').append(matrix.row(column, scenario).map(RunResults.Row::status).orElse("-"));
            }
            tsv.append('\n');
        }
        return tsv.toString();
    }

    private static String headings(String first, CompatibilityMatrix matrix) {
        List<String> labels = matrix.columns().stream().map(c -> c.label() + " (" + c.run().kernel() + ")").toList();
        return "| " + first + " | " + String.join(" | ", labels.stream().map(MatrixText::cell).toList()) + " |\n|---|"
                + "---|".repeat(labels.size()) + "\n";
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", List.of(cells).stream().map(MatrixText::cell).toList()) + " |\n";
    }

    /** Text in a Markdown table cell: a pipe would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
