package netspec.run;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.SnippetsSuggestedEvent;
import io.cucumber.plugin.event.StepDefinedEvent;
import netspec.catalog.Glue;
import netspec.catalog.NearMisses;

/**
 * Turns Cucumber's Java snippet for a step that matches no definition into what a spec writer needs: the
 * closest existing steps, as Gherkin. Cucumber tells this plugin about an undefined step before the scenario
 * starts; the glue's first hook asks {@link #undefinedIn} and fails the scenario with the message, so the
 * console, the report and the results file all say "Did you mean".
 */
public final class DidYouMean implements ConcurrentEventListener {

    private static final int SHOWN = 3;
    /** Messages by scenario ({@code uri:line}), for the hook of the scenario's own thread to pick up. */
    private static final Map<String, String> UNDEFINED = new ConcurrentHashMap<>();
    /** Keyword of each pattern of the glue, learned from the step definitions Cucumber announces. */
    private static final Map<String, String> KEYWORDS = new ConcurrentHashMap<>();
    private static final Map<String, Glue> GLUES = new ConcurrentHashMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(StepDefinedEvent.class, this::defined);
        publisher.registerHandlerFor(SnippetsSuggestedEvent.class, this::undefined);
    }

    /** Why this scenario cannot run: its undefined steps and what to write instead; empty when all are defined. */
    public static Optional<String> undefinedIn(URI feature, int scenarioLine) {
        return Optional.ofNullable(UNDEFINED.remove(feature + ":" + scenarioLine));
    }

    private void defined(StepDefinedEvent event) {
        String pattern = event.getStepDefinition().getPattern();
        KEYWORDS.computeIfAbsent(pattern, p -> keywordOf(event.getStepDefinition().getLocation(), p));
    }

    private void undefined(SnippetsSuggestedEvent event) {
        String text = event.getSuggestion().getStep();
        int line = event.getStepLocation().getLine();
        String written = writtenLine(event.getUri(), line).orElse(text);
        List<String> closest = new NearMisses(KEYWORDS.entrySet().stream()
                .map(e -> new NearMisses.Step(e.getValue(), e.getKey())).toList()).closest(text, SHOWN);
        StringBuilder message = new StringBuilder("Undefined step (line ").append(line).append("): ")
                .append(written).append('\n');
        if (closest.isEmpty()) {
            message.append("No step is close to it; every step and what its arguments accept: docs/steps.md");
        } else {
            message.append("Did you mean:  ").append(closest.get(0)).append('\n');
            closest.subList(1, closest.size()).forEach(s -> message.append("          or   ").append(s).append('\n'));
            message.append("Every step and what its arguments accept: docs/steps.md");
        }
        UNDEFINED.merge(event.getUri() + ":" + event.getTestCaseLocation().getLine(), message.toString(),
                (earlier, later) -> earlier + "\n" + later);
    }

    /** "Given", "When" or "Then", as the glue declares the pattern; "*" when the glue cannot be read. */
    private static String keywordOf(String location, String pattern) {
        int call = location.indexOf('(');
        String method = call < 0 ? location : location.substring(0, call);
        int dot = method.lastIndexOf('.');
        int classDot = dot < 0 ? -1 : method.lastIndexOf('.', dot - 1);
        if (classDot < 0) {
            return "*";
        }
        String packageName = method.substring(0, classDot);
        try {
            Glue glue = GLUES.computeIfAbsent(packageName, Glue::of);
            return glue.steps().stream().filter(s -> s.pattern().equals(pattern)).map(Glue.StepPattern::keyword)
                    .findFirst().orElse("*");
        } catch (RuntimeException e) {
            return "*";
        }
    }

    /** The line as the feature writes it, keyword included, when the feature is a file. */
    private static Optional<String> writtenLine(URI feature, int line) {
        if (!"file".equals(feature.getScheme())) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(feature));
            return line <= lines.size() ? Optional.of(lines.get(line - 1).strip()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
