package netspec.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import netspec.target.Targets;

/**
 * Writes every scenario's outcome to {@code target/netspec-results/<target>.tsv} when the run ends, one line
 * each, sorted: {@code feature:line}, status, name, the first line of the reason. Two runs on different
 * targets are compared scenario by scenario with {@link CompareRuns}.
 */
public final class ResultsFile implements ConcurrentEventListener {

    static final Path DIR = Path.of("target", "netspec-results");

    private final Map<String, String> lines = new ConcurrentSkipListMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> write());
    }

    private void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        Result result = event.getResult();
        String key = ConsoleProgress.feature(scenario.getUri()) + ":" + scenario.getLocation().getLine();
        String reason = result.getError() == null || result.getError().getMessage() == null ? ""
                : result.getError().getMessage().strip().lines().findFirst().orElse("");
        lines.put(key, String.join("\t", key, result.getStatus().name(), oneField(scenario.getName()),
                oneField(reason)));
    }

    private void write() {
        String target = Targets.setting("netspec.target", "NETSPEC_TARGET", "local");
        try {
            Files.createDirectories(DIR);
            Files.write(DIR.resolve(target + ".tsv"), lines.values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results file under " + DIR, e);
        }
    }

    private static String oneField(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
