package netspec.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import netspec.run.RunResults;

/**
 * {@code target/netspec-mutation.tsv}, one line per mutant (feature:line, step, mutant, outcome, then its id,
 * what it changed and the detail), and the console's account of the run, ending with the line
 * {@code N mutants, K killed, S survived}.
 */
public final class MutationTable {

    private MutationTable() {
    }

    public static void write(Path file, List<Verdict> verdicts) {
        List<String> lines = new ArrayList<>();
        lines.add("#feature:line\tstep\tmutant\toutcome\tid\tkind\tdetail");
        for (Verdict v : verdicts) {
            Mutant m = v.mutant();
            lines.add(String.join("\t", m.scenario().key(), RunResults.oneField(m.original().text()),
                    RunResults.oneField(m.mutated()), v.outcome().word(), m.id(), m.kind(),
                    RunResults.oneField(v.detail())));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Survivors first, with their scenario; then what did not run; the closing line last. */
    public static String summary(List<Verdict> verdicts, long wallMs) {
        StringBuilder out = new StringBuilder("\nnetspec mutation run\n");
        Map<Verdict.Outcome, Integer> counts = new TreeMap<>();
        verdicts.forEach(v -> counts.merge(v.outcome(), 1, Integer::sum));
        for (Verdict v : verdicts) {
            if (v.outcome() == Verdict.Outcome.SURVIVED || v.outcome() == Verdict.Outcome.ACCEPTED) {
                Mutant m = v.mutant();
                out.append(String.format("%-9s %s  %s%n          step %s: %s%n          mutant: %s%s%n",
                        v.outcome() == Verdict.Outcome.SURVIVED ? "SURVIVED" : "ACCEPTED", m.scenario().key(),
                        m.scenario().name(), m.stepKey(), m.original().text(), m.mutated(),
                        v.outcome() == Verdict.Outcome.ACCEPTED ? "\n          because " + v.detail() : ""));
            }
        }
        int notRun = counts.getOrDefault(Verdict.Outcome.NOT_RUN, 0);
        if (notRun > 0) {
            out.append(String.format("%d mutants did not run (skipped, or failed before their changed step):"
                    + " not counted; see %s%n", notRun, MutationRun.TSV));
        }
        int accepted = counts.getOrDefault(Verdict.Outcome.ACCEPTED, 0);
        if (accepted > 0) {
            out.append(String.format("%d of the survivors are accepted in their features%n", accepted));
        }
        if (wallMs >= 0) {
            out.append(String.format("mutants ran for %.1f s%n", wallMs / 1000.0));
        }
        int killed = counts.getOrDefault(Verdict.Outcome.KILLED, 0);
        int survived = counts.getOrDefault(Verdict.Outcome.SURVIVED, 0) + accepted;
        out.append(String.format("%d mutants, %d killed, %d survived%n", killed + survived, killed, survived));
        return out.toString();
    }
}
