package netspec.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import netspec.capability.Capability;
import netspec.capability.Requirements;

/**
 * The scenarios this run will select, read from the feature files with the run's tag expression
 * (the netspec.tags setting, as TagSelection selects them) before any of them starts: what the target must be set up for.
 */
public final class SelectedRequirements {

    private SelectedRequirements() {
    }

    /** Each capability the selected scenarios require, with the features (file names) that require it. */
    public static Map<Capability, Set<String>> requirements(Path features, String tagExpression) {
        Expression selected = tagExpression == null || tagExpression.isBlank() ? tags -> true
                : TagExpressionParser.parse(tagExpression);
        Map<Capability, Set<String>> neededBy = new EnumMap<>(Capability.class);
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        try (Stream<Path> files = Files.walk(features)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                try (Stream<Envelope> parsed = parser.parse(file)) {
                    parsed.flatMap(e -> e.getPickle().stream()).forEach(pickle -> {
                        List<String> tags = pickle.getTags().stream().map(PickleTag::getName).toList();
                        if (selected.evaluate(tags)) {
                            for (Capability needed : Requirements.fromTags(tags)) {
                                neededBy.computeIfAbsent(needed, c -> new TreeSet<>()).add(featureName(pickle));
                            }
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feature files under " + features, e);
        }
        return neededBy;
    }

    private static String featureName(Pickle pickle) {
        String uri = pickle.getUri();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
