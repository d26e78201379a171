package netspec.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.cucumber.java.en.Then;
import netspec.run.RunResults;

/**
 * The glue of a scenario's mutants run together ({@link MutantFiles}): before a Then-step, each mutant of it, its
 * changed text, runs on the same sandbox where the step stands and must fail. Its outcome is kept for
 * {@link MutantOutcomes} in the shape of a mutant run alone: killed when the changed step failed, survived when
 * it passed. The step itself passes either way, so the scenario goes on to the original step, its next steps
 * and their mutants.
 */
public class ChangedSteps {

    static final String STEP = "each mutant of the next step fails: ";

    /** Per mutant id: id, status, the step that failed, its error's class, its message's first line. */
    private static final Map<String, String[]> OUTCOMES = new ConcurrentHashMap<>();

    private static final class Glue {
        static final GlueSteps STEPS = GlueSteps.callable(MutationRun.GLUE);
        static final Map<String, String> MUTATED = mutated(MutationRun.MUTANTS.resolve(MutantFiles.INDEX));
    }

    @Then("^each mutant of the next step fails: (m\\d+(?: m\\d+)*)$")
    public void eachMutantFails(String ids) {
        for (String id : ids.split(" ")) {
            String text = Glue.MUTATED.get(id);
            if (text == null) {
                throw new IllegalStateException("mutant " + id + " is not in " + MutantFiles.INDEX);
            }
            OUTCOMES.put(id, outcome(id, text));
        }
    }

    private static String[] outcome(String id, String text) {
        try {
            Glue.STEPS.call(text);
            return new String[] {id, "PASSED", "", "", ""};
        } catch (Throwable error) {
            String reason = error.getMessage() == null ? "" : error.getMessage().strip().lines().findFirst().orElse("");
            return new String[] {id, "FAILED", RunResults.oneField(text), error.getClass().getName(),
                    RunResults.oneField(reason)};
        }
    }

    /** The outcome of a mutant that ran with its scenario's others, once, if it ran. */
    static String[] takeOutcome(String id) {
        return OUTCOMES.remove(id);
    }

    /** The ids a step of this glue names, or none for another step. */
    static List<String> idsIn(String stepText) {
        return stepText.startsWith(STEP) ? Arrays.asList(stepText.substring(STEP.length()).split(" ")) : List.of();
    }

    private static Map<String, String> mutated(Path index) {
        try {
            return Files.readAllLines(index).stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1))
                    .collect(Collectors.toMap(f -> f[0], f -> f[5]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mutants' index " + index, e);
        }
    }
}
