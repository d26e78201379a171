package netspec.run;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;

/**
 * One line per scenario as it finishes (with the reason when it failed or was skipped), then a summary per
 * feature, then the plain closing line {@code N passed, N failed, N skipped}.
 */
public final class ConsoleProgress implements ConcurrentEventListener {

    private final PrintStream out = System.out;
    /** In a dry run nothing runs: say "LISTED", never "PASSED". */
    private final boolean dryRun = Boolean.getBoolean("cucumber.execution.dry-run");
    private final List<Finished> finished = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> summary());
    }

    private void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        Result result = event.getResult();
        Finished done = new Finished(feature(scenario.getUri()), scenario.getLocation().getLine(), scenario.getName(),
                result.getStatus(), firstLine(result.getError()), String.join(" ", scenario.getTags()));
        finished.add(done);
        seen.put(done.feature(), true);
        synchronized (out) {
            if (dryRun) {
                return; // listed in order at the end
            }
            out.printf("%-8s %s:%d  %s  (%.1f s)%n", done.status(), done.feature(), done.line(), done.name(),
                    result.getDuration().toMillis() / 1000.0);
            if (done.reason() != null && done.status() != Status.PASSED) {
                out.println("         " + done.reason());
            }
        }
    }

    private void summary() {
        if (dryRun) {
            finished.stream().sorted(java.util.Comparator.comparing(Finished::feature).thenComparing(Finished::line))
                    .forEach(f -> out.printf("%-9s %s:%d  %s  %s%n", f.status() == Status.PASSED ? "LISTED" : f.status(),
                            f.feature(), f.line(), f.name(), f.tags()));
            out.printf("%d scenarios listed (dry run: nothing ran, the report was left as it was)%n", finished.size());
            return;
        }
        Map<String, int[]> perFeature = new TreeMap<>();
        Map<String, Integer> skipReasons = new TreeMap<>();
        for (Finished f : finished) {
            int[] counts = perFeature.computeIfAbsent(f.feature(), k -> new int[3]);
            counts[bucket(f.status())]++;
            if (f.status() == Status.SKIPPED && f.reason() != null) {
                skipReasons.merge(f.reason(), 1, Integer::sum);
            }
        }
        int[] total = new int[3];
        synchronized (out) {
            out.println();
            out.println("netspec summary (target " + netspec.host.Setting.TARGET.value() + ")");
            perFeature.forEach((feature, c) -> {
                out.printf("  %-40s %3d passed %3d failed %3d skipped%n", feature, c[0], c[1], c[2]);
                for (int i = 0; i < 3; i++) total[i] += c[i];
            });
            skipReasons.forEach((reason, n) -> out.printf("  skipped %d: %s%n", n, reason));
            out.printf("%d passed, %d failed, %d skipped%n", total[0], total[1], total[2]);
        }
    }

    private static int bucket(Status status) {
        return switch (status) {
            case PASSED -> 0;
            case SKIPPED -> 2;
            default -> 1; // failed, undefined, ambiguous, pending: all need someone's attention
        };
    }

    static String feature(URI uri) {
        Path path = Path.of(uri.getSchemeSpecificPart());
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.getFileName().toString();
    }

    private static String firstLine(Throwable error) {
        if (error == null) {
            return null;
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage().strip();
        // a fact violation needs its Expected, Actual and Read-with lines; more is for the report
        List<String> lines = message.lines().limit(3).toList();
        return String.join("\n         ", lines) + (message.lines().count() > 3 ? " …" : "");
    }

    private record Finished(String feature, int line, String name, Status status, String reason, String tags) {
    }
}
