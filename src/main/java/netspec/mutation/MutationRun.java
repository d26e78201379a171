package netspec.mutation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import netspec.run.RunResults;

/**
 * The mutation run's two ends ({@code mvn verify -Pmutation}, README "Mutation run").
 * <ul>
 *   <li>{@code make TARGET TAGS}: the mutants of every scenario that passed in the last normal run on that target
 *       ({@code target/netspec-results/TARGET.tsv}) and matches the tags, written under {@code target/mutants};</li>
 *   <li>{@code report TARGET TAGS}: after the mutants ran, what became of each one, in
 *       {@code target/netspec-mutation.tsv} and the report, ending with {@code N mutants, K killed, S survived};</li>
 *   <li>{@code check}: fails when a survivor is not accepted in its feature, or when no mutant ran.</li>
 * </ul>
 */
public final class MutationRun {

    static final Path FEATURES = Path.of("features");
    static final Path MUTANTS = Path.of("target", "mutants");
    static final Path TSV = Path.of("target", "netspec-mutation.tsv");
    static final String GLUE = "netspec.steps";

    private MutationRun() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: MutationRun make|report TARGET [TAGS] | check");
        }
        switch (args[0]) {
            case "make" -> make(target(args), tags(args));
            case "report" -> report(target(args), tags(args));
            case "check" -> check();
            default -> throw new IllegalArgumentException("unknown command '" + args[0] + "': use make, report or check");
        }
    }

    static void make(String target, String tags) throws IOException {
        List<Mutant> mutants = mutants(target, tags);
        MutantFiles.write(MUTANTS, mutants);
        long scenarios = mutants.stream().map(m -> m.scenario().key()).distinct().count();
        System.out.printf("netspec mutation: %d mutants of the Then-steps of %d passing scenarios (target %s), in %s%n",
                mutants.size(), scenarios, target, MUTANTS);
    }

    static void report(String target, String tags) throws IOException {
        List<Mutant> mutants = mutants(target, tags);
        checkIndex(mutants);
        Map<String, String[]> outcomes = new HashMap<>();
        Path file = MUTANTS.resolve(MutantOutcomes.FILE);
        long wallMs = -1;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split("\t", -1);
                if (fields[0].equals(MutantOutcomes.HEADER)) {
                    wallMs = Long.parseLong(fields[1].replace("wall-ms=", ""));
                } else {
                    outcomes.put(fields[0], fields);
                }
            }
        }
        List<Verdict> verdicts = mutants.stream().map(m -> Verdict.of(m, Optional.ofNullable(outcomes.get(m.id()))))
                .toList();
        MutationTable.write(TSV, verdicts);
        SurvivorReport.write(Path.of("target", "allure-mutation-results"), verdicts);
        System.out.print(MutationTable.summary(verdicts, wallMs));
    }

    static void check() throws IOException {
        if (!Files.exists(TSV)) {
            throw new IllegalStateException("no " + TSV + ": the mutation run did not report");
        }
        List<String> survivors = new ArrayList<>();
        int ran = 0;
        for (String line : Files.readAllLines(TSV)) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f.length < 4) {
                continue;
            }
            String outcome = f[3];
            if (!outcome.equals(Verdict.Outcome.NOT_RUN.word())) {
                ran++;
            }
            if (outcome.equals(Verdict.Outcome.SURVIVED.word())) {
                survivors.add(f[0] + "  " + f[2]);
            }
        }
        if (ran == 0) {
            throw new IllegalStateException("no mutant ran: nothing was judged (see " + TSV + ")");
        }
        if (!survivors.isEmpty()) {
            throw new IllegalStateException(survivors.size() + " mutants survived, a check that passed on a wrong"
                    + " claim each (accept one only with its reason in its feature, see README \"Mutation run\"):\n  "
                    + String.join("\n  ", survivors));
        }
    }

    /** The mutants of the scenarios that passed on the target and match the tags: the same each time. */
    static List<Mutant> mutants(String target, String tags) throws IOException {
        Path results = Path.of("target", "netspec-results", target + ".tsv");
        if (!Files.exists(results)) {
            throw new IllegalStateException("no " + results + ": the mutants are made from the scenarios that passed"
                    + " on target " + target + "; run 'mvn verify -Pfeatures' with the same netspec.target first");
        }
        Set<String> passed = RunResults.read(results).rows().values().stream()
                .filter(r -> r.status().equals("PASSED")).map(RunResults.Row::key).collect(Collectors.toSet());
        Expression filter = TagExpressionParser.parse(tags);
        List<SourceScenario> suite = FeatureFiles.read(FEATURES);
        MutantMaker maker = MutantMaker.of(GlueSteps.of(GLUE), suite);
        List<Mutant> mutants = new ArrayList<>();
        for (SourceScenario scenario : suite) {
            if (passed.contains(scenario.key()) && filter.evaluate(scenario.tags())) {
                mutants.addAll(maker.mutants(scenario, mutants.size() + 1));
            }
        }
        return mutants;
    }

    /** The mutants that ran must be the ones made now: a feature edited in between would mix them up. */
    private static void checkIndex(List<Mutant> mutants) throws IOException {
        Path index = MUTANTS.resolve(MutantFiles.INDEX);
        if (!Files.exists(index)) {
            throw new IllegalStateException("no " + index + ": run 'MutationRun make' first");
        }
        List<String> written = Files.readAllLines(index).stream().filter(l -> !l.startsWith("#"))
                .map(l -> l.split("\t", -1)[0] + "\t" + l.split("\t", -1)[5]).toList();
        List<String> now = mutants.stream().map(m -> m.id() + "\t" + RunResults.oneField(m.mutated())).toList();
        if (!written.equals(now)) {
            throw new IllegalStateException("the features or the last normal run changed since the mutants were made;"
                    + " run the mutation run again");
        }
    }

    /** The target, as an argument or else the netspec.target setting. */
    private static String target(String[] args) {
        return args.length > 1 && !args[1].isBlank() ? args[1] : netspec.host.Setting.TARGET.value();
    }

    /** The tag expression, as an argument or else the netspec.tags setting. */
    private static String tags(String[] args) {
        return args.length > 2 ? args[2] : netspec.host.Setting.TAGS.value();
    }
}
