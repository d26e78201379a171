package netspec.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import netspec.catalog.FeatureLines.StepLine;
import netspec.evidence.args.ArgumentTypes;
import netspec.evidence.args.ArgumentTypes.ArgumentType;

/**
 * Writes {@code docs/steps.md}: every step pattern of the glue, grouped by topic, each argument type with its
 * rule and examples, and under each step one real use from {@code features/} (or a flag that nothing uses it).
 * {@code StepCatalogTest} fails when the file differs from what this writes.
 */
public final class StepCatalog {

    public static final Path FILE = Path.of("docs", "steps.md");
    public static final String REGENERATE = "mvn -q -B compile exec:java -Dexec.mainClass=netspec.catalog.StepCatalog";

    private static final String VOCABULARY = """
            ## How steps are phrased

            - **Given** sets up state: it creates or configures something and says what it made
              (`Given a bridge br0`, `Given learning is off on veth1`). It never checks anything.
            - **When** is the action whose effect the scenario is about (`When ns1 pings 10.0.0.2`,
              `When veth1 is deleted`). An action that may fail is said as an attempt, and a Then-step reads
              how it ended (`Then the kernel refuses it with "..."`).
            - **Then** reads one fact back from the kernel and judges it (`Then br0 has learned the MAC address
              of eth0 in ns1 on port veth1`): the report shows the expected fact, the state read and the command
              that read it. A Then-step never trusts the exit status of the command that set something up.
            - One phrase per action: when a step below says it, use it as written rather than a synonym; a step
              that is missing is added to the glue (and appears here) rather than phrased around.
            - Places: `the host` is the scenario's sandbox's own network namespace (never the machine's); a
              namespace is named by its name (`ns1`, `node2`, `pod1`); an interface somewhere is `eth0 in ns1`,
              and a bare name (`veth1`) is an interface of the host.
            - An argument is one word, or anything in double quotes. Arguments are checked against the rules of
              their type (below) before any command runs; a value that breaks one fails the step naming the rule.
            - A step that matches nothing fails with "Did you mean" and the closest steps of this catalogue.
            """;

    private StepCatalog() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, render(Glue.of(Glue.PACKAGE), FeatureLines.under(Path.of("features"))),
                StandardCharsets.UTF_8);
        System.out.println("wrote " + FILE);
    }

    public static String render(Glue glue, List<StepLine> featureSteps) {
        StepMatcher matcher = new StepMatcher(glue);
        StringBuilder out = new StringBuilder();
        out.append("# Step catalogue\n\n")
                .append("Every step the features can use, generated from the glue (`").append(Glue.PACKAGE)
                .append("`) by `netspec.catalog.StepCatalog`: do not edit by hand. After changing a step, regenerate"
                        + " it with\n\n```sh\n").append(REGENERATE).append("\n```\n\n")
                .append("(`mvn test` fails while this file is stale). ").append(glue.steps().size())
                .append(" steps; a step marked **unused** appears in no feature.\n\n")
                .append(VOCABULARY).append('\n');
        arguments(glue, out);
        Map<String, List<Glue.StepPattern>> byTopic = new LinkedHashMap<>();
        glue.steps().forEach(s -> byTopic.computeIfAbsent(s.topic(), t -> new java.util.ArrayList<>()).add(s));
        out.append("## Topics\n\n");
        byTopic.forEach((topic, steps) -> out.append("- [").append(topic).append("](#").append(anchor(topic))
                .append(") (").append(steps.size()).append(")\n"));
        out.append('\n');
        byTopic.forEach((topic, steps) -> {
            out.append("## ").append(topic).append("\n\n");
            for (Glue.StepPattern step : steps) {
                out.append("- `").append(step.gherkin()).append("`\n");
                Optional<StepLine> use = featureSteps.stream().filter(l -> matcher.matches(step, l.text())).findFirst();
                out.append(use.map(l -> "  <br>e.g. " + l.file() + ":" + l.line() + ": `" + l.written() + "`")
                        .orElse("  <br>**unused**: no feature uses this step")).append('\n');
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static void arguments(Glue glue, StringBuilder out) {
        TreeSet<String> used = new TreeSet<>();
        glue.steps().forEach(s -> java.util.regex.Pattern.compile("\\{([a-z]*)}").matcher(s.pattern()).results()
                .forEach(m -> used.add(m.group(1))));
        out.append("## Argument types\n\n| placeholder | what it accepts | examples |\n|---|---|---|\n");
        for (ArgumentType type : ArgumentTypes.all()) {
            if (used.contains(type.name()) || glue.parameterTypes().containsKey(type.name())) {
                out.append("| `").append(type.placeholder()).append("` | ").append(type.rule().replace("|", "\\|"))
                        .append(" | ").append(String.join(", ", type.examples().stream()
                                .map(e -> "`" + e.replace("|", "\\|") + "`").toList())).append(" |\n");
            }
        }
        out.append('\n');
    }

    private static String anchor(String heading) {
        return heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }
}
