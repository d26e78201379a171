package netspec.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import netspec.run.RunResults;

/**
 * Writes each mutant as a feature file of its own ({@code m0042.feature}): its scenario's tags, its steps up to
 * and including the changed one (the steps after it cannot change whether it fails), and the index
 * {@code mutants.tsv} that says what each one changed.
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
            for (Mutant mutant : mutants) {
                Files.write(dir.resolve(mutant.id() + ".feature"), featureText(mutant));
                index.add(String.join("\t", mutant.id(), mutant.scenario().key(), mutant.stepKey(), mutant.kind(),
                        RunResults.oneField(mutant.original().text()), RunResults.oneField(mutant.mutated())));
            }
            Files.write(dir.resolve(INDEX), index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mutants under " + dir, e);
        }
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
