package netspec.mutation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes the mutants of scenarios: for each Then-step, each argument replaced ({@link Replacements}) and the step
 * negated ({@link Negations}). A mutant is kept only when its text still matches exactly one step definition,
 * so every mutant runs; one that would match none or several is dropped, not counted.
 */
public final class MutantMaker {

    private final GlueSteps glue;
    private final Replacements replacements;

    private MutantMaker(GlueSteps glue, Replacements replacements) {
        this.glue = glue;
        this.replacements = replacements;
    }

    /** {@code suite}: every scenario, to learn which words and strings each step definition takes. */
    public static MutantMaker of(GlueSteps glue, List<SourceScenario> suite) {
        Map<String, Set<String>> values = new TreeMap<>();
        for (SourceScenario scenario : suite) {
            for (SourceScenario.Step step : scenario.steps()) {
                List<StepMatch> matches = glue.matches(step.text());
                if (matches.size() == 1) {
                    StepMatch match = matches.get(0);
                    for (int i = 0; i < match.args().size(); i++) {
                        values.computeIfAbsent(Replacements.key(match.expression(), i), k -> new LinkedHashSet<>())
                                .add(match.args().get(i).value());
                    }
                }
            }
        }
        return new MutantMaker(glue, new Replacements(values));
    }

    /** The mutants of one scenario, numbered on from {@code next}. */
    public List<Mutant> mutants(SourceScenario scenario, int next) {
        ScenarioNames names = ScenarioNames.of(scenario, glue);
        List<Mutant> mutants = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        // a change into another claim of the same scenario must pass: it would survive by construction
        Set<String> claims = new LinkedHashSet<>();
        scenario.steps().stream().filter(SourceScenario.Step::outcome).forEach(s -> claims.add(s.text()));
        for (int i = 0; i < scenario.steps().size(); i++) {
            SourceScenario.Step step = scenario.steps().get(i);
            if (!step.outcome()) {
                continue;
            }
            List<StepMatch> matches = glue.matches(step.text());
            if (matches.size() != 1) {
                continue; // undefined or ambiguous: the normal run would not have passed it
            }
            StepMatch match = matches.get(0);
            List<String[]> twins = new ArrayList<>();
            for (String text : Negations.rewrites(step.text())) {
                List<StepMatch> twin = glue.matches(text);
                if (twin.size() == 1 && !twin.get(0).expression().equals(match.expression())) {
                    twins.add(new String[] {"negation", text});
                }
            }
            List<String[]> candidates = new ArrayList<>();
            // an absence holds of nearly every other value too (another device also has no master, another
            // address also sent nothing): such a claim's mutant is its positive twin, where it has one
            if (twins.isEmpty() || !Negations.isNegative(match.expression())) {
                for (int a = 0; a < match.args().size(); a++) {
                    StepMatch.Arg arg = match.args().get(a);
                    for (Replacements.Replacement r : replacements.of(match, a, names)) {
                        candidates.add(new String[] {r.what(), arg.replaceIn(step.text(), r.value())});
                    }
                }
            }
            candidates.addAll(twins);
            for (String[] candidate : candidates) {
                String text = candidate[1];
                if (!claims.contains(text) && glue.matches(text).size() == 1 && seen.add(i + "\t" + text)) {
                    mutants.add(new Mutant(String.format("m%04d", next + mutants.size()), scenario, i, candidate[0],
                            text));
                }
            }
        }
        return mutants;
    }
}
