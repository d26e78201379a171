package netspec.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStepFinished;
import netspec.run.RunResults;

/**
 * A Cucumber plugin for the mutant run: writes each mutant's outcome to {@code target/mutants/outcomes.tsv} as the
 * run ends, with the step that failed (a mutant is killed only by its own changed step failing) and the error,
 * and the run's wall time in the header. A mutant that ran with its scenario's others has the outcome
 * {@link ChangedSteps} kept for it.
 */
public final class MutantOutcomes implements ConcurrentEventListener {

    public static final String FILE = "outcomes.tsv";
    public static final String HEADER = "#netspec-mutant-outcomes";

    private final Path dir;
    private final Map<String, String> rows = new ConcurrentSkipListMap<>();
    private final Map<java.util.UUID, String[]> failedStep = new ConcurrentHashMap<>();
    private volatile Instant started = Instant.now();

    public MutantOutcomes() {
        this(Path.of("target", "mutants"));
    }

    MutantOutcomes(Path dir) {
        this.dir = dir;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> started = e.getInstant());
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> write(Duration.between(started, e.getInstant())));
    }

    private void stepFinished(TestStepFinished event) {
        if (event.getResult().getStatus() == Status.PASSED || event.getResult().getStatus() == Status.SKIPPED
                && event.getResult().getError() == null) {
            return;
        }
        String step = event.getTestStep() instanceof PickleStepTestStep pickle ? pickle.getStep().getText() : "(hook)";
        Throwable error = event.getResult().getError();
        failedStep.putIfAbsent(event.getTestCase().getId(), new String[] {step,
                error == null ? "" : error.getClass().getName()});
    }

    private void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        String id = Path.of(scenario.getUri().getSchemeSpecificPart()).getFileName().toString()
                .replaceFirst("\\.feature$", "");
        String[] failed = failedStep.getOrDefault(scenario.getId(), new String[] {"", ""});
        Throwable error = event.getResult().getError();
        String reason = error == null || error.getMessage() == null ? ""
                : error.getMessage().strip().lines().findFirst().orElse("");
        List<String> texts = scenario.getTestSteps().stream().filter(PickleStepTestStep.class::isInstance)
                .map(s -> ((PickleStepTestStep) s).getStep().getText()).toList();
        List<String> together = texts.stream().flatMap(t -> ChangedSteps.idsIn(t).stream()).toList();
        if (together.isEmpty()) {
            rows.put(id, String.join("\t", id, event.getResult().getStatus().name(), RunResults.oneField(failed[0]),
                    failed[1], RunResults.oneField(reason)));
            return;
        }
        // mutants run with their scenario: each one's own outcome, or, where the run did not reach it, the scenario's
        for (int i = 0; i < texts.size(); i++) {
            // the original step after its mutants failed too: the kernel did not hold still, nothing was judged
            boolean unsettled = i + 1 < texts.size() && texts.get(i + 1).equals(failed[0]);
            for (String mutant : ChangedSteps.idsIn(texts.get(i))) {
                String[] ran = ChangedSteps.takeOutcome(mutant);
                rows.put(mutant, unsettled ? String.join("\t", mutant, "UNSETTLED", RunResults.oneField(failed[0]),
                                failed[1], RunResults.oneField("the original step failed after it: " + reason))
                        : ran != null ? String.join("\t", ran)
                        : String.join("\t", mutant, event.getResult().getStatus().name(), RunResults.oneField(failed[0]),
                                failed[1], RunResults.oneField(reason)));
            }
        }
    }

    private void write(Duration wall) {
        if (Boolean.getBoolean("cucumber.execution.dry-run")) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADER + "\twall-ms=" + wall.toMillis());
        lines.addAll(rows.values());
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(FILE), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mutants' outcomes under " + dir, e);
        }
    }
}
