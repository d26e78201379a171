package netspec.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import netspec.run.RunResults;

/**
 * Writes the mutants as feature files: those of one scenario together ({@code with-m0040.feature}: the scenario
 * run once, each mutant after its step), a mutant of a step with a doc string or table alone ({@code m0042.feature}:
 * the scenario's steps up to and including the changed one); and the index {@code mutants.tsv} that says what
 * each one changed.
 */
public final class MutantFiles {

    public static final String INDEX = "mutants.tsv";

    private MutantFiles() {
    }

    public static void write(Path dir, List<Mutant> mutants) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(dir);
            List<String> index = new ArrayList<>();
            index.add("#id\tscenario\tstep\tkind\toriginal\tmutant");
            Map<String, List<Mutant>> together = new LinkedHashMap<>();
            for (Mutant mutant : mutants) {
                if (runsWithOthers(mutant)) {
                    together.computeIfAbsent(mutant.scenario().key(), k -> new ArrayList<>()).add(mutant);
                } else {
                    Files.write(dir.resolve(mutant.id() + ".feature"), featureText(mutant));
                }
                index.add(String.join("\t", mutant.id(), mutant.scenario().key(), mutant.stepKey(), mutant.kind(),
                        RunResults.oneField(mutant.original().text()), RunResults.oneField(mutant.mutated())));
            }
            for (List<Mutant> ofOneScenario : together.values()) {
                Files.write(dir.resolve("with-" + ofOneScenario.get(0).id() + ".feature"), featureText(ofOneScenario));
            }
            Files.write(dir.resolve(INDEX), index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mutants under " + dir, e);
        }
    }

    /**
     * The mutants of one scenario in one run: its steps up to its last changed one, each changed step preceded
     * by {@link ChangedSteps}' step that runs its mutants there, on the same sandbox, one by one, where a mutant
     * run alone would stand (so that none is judged later than the kernel's timers allow, such as an ageing time).
     */
    static List<String> featureText(List<Mutant> mutants) {
        SourceScenario scenario = mutants.get(0).scenario();
        List<String> ids = mutants.stream().map(Mutant::id).toList();
        List<String> lines = new ArrayList<>();
        lines.add("# mutants " + String.join(", ", ids) + " of " + scenario.key() + ", run together");
        lines.add("Feature: " + scenario.featureName());
        lines.add("");
        if (!scenario.tags().isEmpty()) {
            lines.add("  " + String.join(" ", scenario.tags()));
        }
        lines.add("  Scenario: " + scenario.name() + " [" + ids.get(0) + (ids.size() > 1 ? ".." + ids.get(ids.size() - 1) : "") + "]");
        int last = mutants.stream().mapToInt(Mutant::step).max().orElseThrow();
        for (int i = 0; i <= last; i++) {
            SourceScenario.Step step = scenario.steps().get(i);
            int index = i;
            List<String> here = mutants.stream().filter(m -> m.step() == index).map(Mutant::id).toList();
            if (!here.isEmpty()) {
                lines.add("    * " + ChangedSteps.STEP + String.join(" ", here));
            }
            lines.add("    " + step.keyword() + " " + step.text());
            step.argument().forEach(line -> lines.add("      " + line));
        }
        return lines;
    }

    /**
     * Whether a mutant can run after its original step, with the scenario's others: not one of a step with a doc
     * string or table, nor one that watches another capture (reading a capture stops it, which would take it from
     * the scenario's later steps).
     */
    static boolean runsWithOthers(Mutant mutant) {
        return mutant.original().argument().isEmpty() && !mutant.kind().equals("observer");
    }

    static List<String> featureText(Mutant mutant) {
        SourceScenario scenario = mutant.scenario();
        List<String> lines = new ArrayList<>();
        lines.add("# mutant " + mutant.id() + " of " + scenario.key() + ", step " + mutant.stepKey());
        lines.add("# was: " + mutant.original().keyword() + " " + mutant.original().text());
        lines.add("Feature: " + scenario.featureName());
        lines.add("");
        if (!scenario.tags().isEmpty()) {
            lines.add("  " + String.join(" ", scenario.tags()));
        }
        lines.add("  Scenario: " + scenario.name() + " [" + mutant.id() + "]");
        for (int i = 0; i <= mutant.step(); i++) {
            SourceScenario.Step step = scenario.steps().get(i);
            String text = i == mutant.step() ? mutant.mutated() : step.text();
            lines.add("    " + step.keyword() + " " + text);
            step.argument().forEach(line -> lines.add("      " + line));
        }
        return lines;
    }
}
