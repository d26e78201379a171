package netspec.mutation;

/**
 * One Then-step of one scenario changed: an argument replaced by another valid value, or the step swapped for
 * its negated twin. A mutant that passes shows a check that did not look at what it names.
 *
 * @param id       its name and its feature file's ({@code m0042})
 * @param step     the index of the changed step among the scenario's steps (the Background's first)
 * @param kind     what changed: {@code negation}, or the argument's kind ({@code iface}, {@code int}, ...)
 * @param mutated  the changed step's text
 */
public record Mutant(String id, SourceScenario scenario, int step, String kind, String mutated) {

    public SourceScenario.Step original() {
        return scenario.steps().get(step);
    }

    /** {@code feature:line} of the changed step. */
    public String stepKey() {
        return scenario.feature() + ":" + original().line();
    }
}
