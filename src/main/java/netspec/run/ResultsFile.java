package netspec.run;

import netspec.capability.TargetCapabilities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import io.cucumber.plugin.event.TestRunStarted;
import netspec.capability.Capabilities;
import netspec.host.Setting;
import netspec.host.Targets;

/**
 * Writes every scenario's outcome to {@code target/netspec-results/<target>.tsv} as it finishes: a header line
 * with the target's name, kernel and the run's state, then one line each, sorted ({@link RunResults} reads it).
 * The state is {@code running} from the first moment (the previous run's file is replaced at once),
 * {@code interrupted} when the runner is ended by a signal, {@code incomplete} when scenarios could not run for
 * lack of tools, and {@code complete} only when the run ended. A run killed outright stays {@code running}; every
 * state but {@code complete} reads as incomplete. A dry run, which runs nothing, writes nothing. Two runs on
 * different targets are compared scenario by scenario with {@code netspec.results.CompareRuns}; any number of them are laid side
 * by side by {@code netspec.results.CompatibilityMatrix}.
 */
public final class ResultsFile implements ConcurrentEventListener {

    static final Path DIR = Path.of("target", "netspec-results");

    private final Map<String, RunResults.Row> rows = new ConcurrentSkipListMap<>(RunResults::byFeatureThenLine);
    private final boolean dryRun = Boolean.getBoolean("cucumber.execution.dry-run");
    private volatile String state = RunResults.RUNNING;
    private volatile Thread onSignal;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> started());
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> ended());
    }

    private void started() {
        if (dryRun) {
            return; // nothing runs: the last real run's outcomes stay, as its report does
        }
        InterruptedRunMarker.place();
        write();
        // SIGTERM and SIGINT run the JVM's shutdown hooks: the file then says the run was cut short
        onSignal = new Thread(this::interrupted, "netspec results: run interrupted");
        Runtime.getRuntime().addShutdownHook(onSignal);
    }

    private void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        Result result = event.getResult();
        String key = ConsoleProgress.feature(scenario.getUri()) + ":" + scenario.getLocation().getLine();
        String reason = result.getError() == null || result.getError().getMessage() == null ? ""
                : result.getError().getMessage().strip().lines().findFirst().orElse("");
        String cause = result.getError() instanceof netspec.evidence.ScenarioSkipped skipped
                ? skipped.skipCause().cell() : "";
        rows.put(key, new RunResults.Row(key, result.getStatus().name(), scenario.getName(), reason, cause));
        if (!dryRun) {
            write();
        }
    }

    private void ended() {
        if (dryRun) {
            return;
        }
        int notRun = TargetSetup.notRunForTools().size();
        state = notRun == 0 ? RunResults.COMPLETE : RunResults.INCOMPLETE;
        write();
        if (notRun == 0) {
            InterruptedRunMarker.remove();
        } else {
            InterruptedRunMarker.replace(notRun + " scenarios could not run because the target lacks tools");
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException | IllegalArgumentException alreadyShuttingDown) {
            // the hook runs or ran; it does nothing once the state is final
        }
    }

    private void interrupted() {
        if (!state.equals(RunResults.RUNNING)) {
            return;
        }
        state = RunResults.INTERRUPTED;
        write();
        System.out.println("netspec: run INTERRUPTED after " + rows.size() + " scenarios; " + file()
                + " and the report say so");
    }

    private Path file() {
        // a run over many targets names each target's file (two SSH hosts would both be ssh.tsv)
        return DIR.resolve(Setting.RESULTS_NAME.valueOr(Setting.TARGET.value()) + ".tsv");
    }

    /** The whole file again, through a rename, so that a reader never sees half of it. */
    private synchronized void write() {
        List<String> lines = new ArrayList<>();
        lines.add(header());
        rows.values().forEach(row -> lines.add(row.tsv()));
        Path file = file();
        try {
            Files.createDirectories(DIR);
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.write(partial, lines);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results file under " + DIR, e);
        }
    }

    /** The target's name and kernel as the capability probe read them (unknown until it has), and the state. */
    private String header() {
        String name = Targets.current().name();
        try {
            return TargetCapabilities.probed()
                    .map(c -> RunResults.header(name, c.kernel(), c.os(), state))
                    .orElseGet(() -> state.equals(RunResults.RUNNING)
                            ? RunResults.header(name, RunResults.UNKNOWN, RunResults.UNKNOWN, state)
                            : RunResults.header(name, TargetCapabilities.current().kernel(), TargetCapabilities.current().os(),
                                    state));
        } catch (RuntimeException unreachable) {
            String why = String.valueOf(unreachable.getMessage()).strip().lines().findFirst().orElse("");
            return RunResults.header(name, RunResults.UNKNOWN + " (" + why + ")", RunResults.UNKNOWN, state);
        }
    }
}
