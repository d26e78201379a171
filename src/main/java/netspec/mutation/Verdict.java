package netspec.mutation;

import java.util.Optional;

/**
 * What became of one mutant. Killed: its changed step failed. Survived: the scenario passed with it (accepted
 * when its scenario says why the kernel cannot tell it apart). Not run: skipped, or failed before its changed
 * step, or its value was refused as a step argument: none of these says anything about the check.
 */
public record Verdict(Mutant mutant, Outcome outcome, String detail) {

    public enum Outcome {
        KILLED("killed"), SURVIVED("survived"), ACCEPTED("accepted"), NOT_RUN("not run");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** One row of the outcomes file: id, status, failed step, error class, reason. */
    public static Verdict of(Mutant mutant, Optional<String[]> row) {
        if (row.isEmpty()) {
            return new Verdict(mutant, Outcome.NOT_RUN, "no outcome recorded: the run did not reach it");
        }
        String[] f = row.get();
        String status = f[1];
        String failedStep = f[2];
        String error = f[3];
        String reason = f.length > 4 ? f[4] : "";
        return switch (status) {
            case "PASSED" -> AcceptedSurvivors.reason(mutant)
                    .map(why -> new Verdict(mutant, Outcome.ACCEPTED, why))
                    .orElse(new Verdict(mutant, Outcome.SURVIVED, "the changed step passed"));
            case "FAILED" -> {
                if (!failedStep.equals(mutant.mutated())) {
                    yield new Verdict(mutant, Outcome.NOT_RUN, "failed before its changed step, at: " + failedStep
                            + ": " + reason);
                }
                if (error.endsWith("InvalidStepArgument")) {
                    yield new Verdict(mutant, Outcome.NOT_RUN, "its value was refused as a step argument: " + reason);
                }
                yield new Verdict(mutant, Outcome.KILLED, simpleName(error) + ": " + reason);
            }
            default -> new Verdict(mutant, Outcome.NOT_RUN, status.toLowerCase() + (reason.isEmpty() ? "" : ": " + reason));
        };
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
