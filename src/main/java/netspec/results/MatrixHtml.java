package netspec.results;

import java.util.Locale;
import java.util.Map;

import netspec.results.CompatibilityMatrix.Column;
import netspec.results.CompatibilityMatrix.Outcome;
import netspec.topology.Svg;

/**
 * The compatibility matrix as one HTML file that needs nothing else: the runs with their kernels, a count per
 * feature and run, then every scenario with its outcome in each run, coloured, the reason as a tooltip.
 */
final class MatrixHtml {

    private static final String STYLE = """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
            h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
            thead th { background: #f3f3f3; position: sticky; top: 0; }
            th small { font-weight: normal; color: #555; }
            .passed { background: #d8f0dc; color: #14532d; }
            .failed { background: #f8d3d3; color: #7f1d1d; font-weight: bold; }
            .skipped { background: #fdf0c8; color: #6b4e00; }
            .not-run { background: #eee; color: #777; }
            td[title] { cursor: help; }
            tr.feature th { background: #e8eef7; }
            tr.differs td.scenario::before { content: "\\2260  "; color: #b45309; font-weight: bold; }
            td.scenario code { color: #555; }
            .count { white-space: nowrap; }
            .count span { display: inline-block; min-width: 2.2em; text-align: right; }
            .legend span { padding: 1px 8px; margin-right: 6px; border: 1px solid #ccc; }
            body.only-differing tr.same { display: none; }
            """;

    private MatrixHtml() {
    }

    static String render(CompatibilityMatrix matrix) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<title>netspec compatibility matrix</title>\n<style>").append(STYLE).append("</style>\n")
                .append("</head><body>\n<h1>netspec compatibility matrix</h1>\n")
                .append("<p>Every scenario against every run it took part in. Hover over an outcome for the whole")
                .append(" reason; \u2260 marks a scenario whose outcome differs between runs.</p>\n")
                .append("<p class=\"legend\"><span class=\"passed\">passed</span><span class=\"failed\">failed</span>")
                .append("<span class=\"skipped\">skipped</span><span class=\"not-run\">not run (not selected in")
                .append(" that run)</span></p>\n");
        runs(matrix, html);
        perFeature(matrix, html);
        scenarios(matrix, html);
        return html.append("</body></html>\n").toString();
    }

    private static void runs(CompatibilityMatrix matrix, StringBuilder html) {
        html.append("<h2>Runs</h2>\n<table><thead><tr><th>run</th><th>kernel</th><th>system</th><th>passed</th>")
                .append("<th>failed</th><th>skipped</th><th>results file</th></tr></thead><tbody>\n");
        for (Column column : matrix.columns()) {
            Map<Outcome, Integer> counts = matrix.counts(column, matrix.scenarios());
            html.append("<tr><th>").append(e(column.label())).append("</th><td>").append(e(column.run().kernel()))
                    .append("</td><td>").append(e(column.run().os())).append("</td><td>").append(counts.get(Outcome.PASSED))
                    .append("</td><td>").append(counts.get(Outcome.FAILED)).append("</td><td>")
                    .append(counts.get(Outcome.SKIPPED)).append("</td><td><code>").append(e(column.run().file().toString()))
                    .append("</code></td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static void perFeature(CompatibilityMatrix matrix, StringBuilder html) {
        html.append("<h2>Per feature: passed / failed / skipped</h2>\n<table><thead><tr><th>feature</th>");
        matrix.columns().forEach(c -> html.append(heading(c)));
        html.append("</tr></thead><tbody>\n");
        matrix.byFeature().forEach((feature, scenarios) -> {
            html.append("<tr><td><code>").append(e(feature)).append("</code></td>");
            for (Column column : matrix.columns()) {
                Map<Outcome, Integer> c = matrix.counts(column, scenarios);
                String worst = c.get(Outcome.FAILED) > 0 ? "failed"
                        : c.get(Outcome.NOT_RUN) == scenarios.size() ? "not-run"
                        : c.get(Outcome.SKIPPED) > 0 ? "skipped" : "passed";
                html.append("<td class=\"count ").append(worst).append("\"><span>").append(c.get(Outcome.PASSED))
                        .append("</span> /<span>").append(c.get(Outcome.FAILED)).append("</span> /<span>")
                        .append(c.get(Outcome.SKIPPED)).append("</span></td>");
            }
            html.append("</tr>\n");
        });
        html.append("</tbody></table>\n");
    }

    private static void scenarios(CompatibilityMatrix matrix, StringBuilder html) {
        long differing = matrix.scenarios().stream().filter(matrix::differs).count();
        html.append("<h2>Scenarios</h2>\n<p><label><input type=\"checkbox\" onchange=\"document.body.classList")
                .append(".toggle('only-differing', this.checked)\"> only scenarios whose outcome differs between runs (")
                .append(differing).append(")</label></p>\n")
                .append("<table><thead><tr><th>scenario</th>");
        matrix.columns().forEach(c -> html.append(heading(c)));
        html.append("</tr></thead><tbody>\n");
        matrix.byFeature().forEach((feature, scenarios) -> {
            html.append("<tr class=\"feature").append(scenarios.stream().anyMatch(matrix::differs) ? "" : " same")
                    .append("\"><th colspan=\"").append(matrix.columns().size() + 1).append("\">").append(e(feature))
                    .append("</th></tr>\n");
            for (String scenario : scenarios) {
                html.append("<tr class=\"").append(matrix.differs(scenario) ? "differs" : "same")
                        .append("\"><td class=\"scenario\"><code>:").append(scenario.substring(feature.length() + 1))
                        .append("</code> ").append(e(matrix.name(scenario))).append("</td>");
                for (Column column : matrix.columns()) {
                    html.append(cell(matrix, column, scenario));
                }
                html.append("</tr>\n");
            }
        });
        html.append("</tbody></table>\n");
    }

    private static String heading(Column column) {
        return "<th>" + e(column.label()) + "<br><small>" + e(column.run().kernel()) + "</small></th>";
    }

    private static String cell(CompatibilityMatrix matrix, Column column, String scenario) {
        Outcome outcome = matrix.outcome(column, scenario);
        String reason = matrix.reason(column, scenario);
        return "<td class=\"" + cssClass(outcome) + "\""
                + (reason.isEmpty() ? "" : " title=\"" + e(reason) + "\"") + ">" + e(matrix.shortText(column, scenario))
                + "</td>";
    }

    static String cssClass(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String e(String text) {
        return Svg.escape(text);
    }
}
