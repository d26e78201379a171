package netspec.run;

import netspec.results.CompareRuns;
import netspec.results.CompatibilityMatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import netspec.capability.Capabilities;
import netspec.host.Setting;
import netspec.host.Targets;

/**
 * Writes every scenario's outcome to {@code target/netspec-results/<target>.tsv} when the run ends: a header line
 * with the target's name and kernel, then one line each, sorted ({@link RunResults} reads it). A dry run, which
 * runs nothing, writes nothing. Two runs on different targets are compared scenario by scenario with
 * {@link CompareRuns}; any number of them are laid side by side by {@link CompatibilityMatrix}.
 */
public final class ResultsFile implements ConcurrentEventListener {

    static final Path DIR = Path.of("target", "netspec-results");

    private final Map<String, RunResults.Row> rows = new ConcurrentSkipListMap<>(RunResults::byFeatureThenLine);

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
        rows.put(key, new RunResults.Row(key, result.getStatus().name(), scenario.getName(), reason));
    }

    private void write() {
        if (Boolean.getBoolean("cucumber.execution.dry-run")) {
            return; // nothing ran: the last real run's outcomes stay, as its report does
        }
        String target = Setting.TARGET.value();
        List<String> lines = new ArrayList<>();
        lines.add(header());
        rows.values().forEach(row -> lines.add(row.tsv()));
        try {
            Files.createDirectories(DIR);
            Files.write(DIR.resolve(target + ".tsv"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results file under " + DIR, e);
        }
    }

    /** The target's name and kernel as the capability probe read them. */
    private static String header() {
        String name = Targets.current().name();
        try {
            Capabilities capabilities = Targets.capabilities();
            return RunResults.header(name, capabilities.kernel(), capabilities.os());
        } catch (RuntimeException unreachable) {
            String why = String.valueOf(unreachable.getMessage()).strip().lines().findFirst().orElse("");
            return RunResults.header(name, RunResults.UNKNOWN + " (" + why + ")", RunResults.UNKNOWN);
        }
    }
}
