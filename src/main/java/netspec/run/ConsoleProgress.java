package netspec.run;

import netspec.capability.TargetCapabilities;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import netspec.capability.Capabilities;
import netspec.host.Targets;

/**
 * The console's account of a run: a start line (target, scenarios selected, parallelism; then its kernel); one line per
 * scenario as it finishes, counted, with an estimate of the time left on runs over a minute (and a line every
 * {@value #QUIET_SECONDS} s while nothing finishes); a failure's Expected, Actual and Read-with once; a skip's
 * cause in one line. At the end an aligned table per feature, the skip causes with their counts, and the closing
 * line {@code N passed, N failed, N skipped}. The full texts stay in the report.
 */
public final class ConsoleProgress implements ConcurrentEventListener {

    static final int QUIET_SECONDS = 15;
    private static final int WIDTH = 160;

    private final PrintStream out = System.out;
    /** In a dry run nothing runs: say "LISTED", never "PASSED". */
    private final boolean dryRun = Boolean.getBoolean("cucumber.execution.dry-run");
    private final List<Finished> finished = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "netspec console ticker");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long startedNanos = System.nanoTime();
    private volatile long lastLineNanos = System.nanoTime();
    /** Once the run looks long, the counter keeps its estimate to the end. */
    private volatile boolean longRun;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> started());
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> summary());
    }

    private void started() {
        int selected = SelectedScenarios.count();
        String count = selected < 0 ? "the selected scenarios" : selected + " scenario" + (selected == 1 ? "" : "s");
        if (dryRun) {
            out.println("netspec: listing " + count + " (dry run: nothing runs)");
            return;
        }
        // two lines: reaching and probing a remote target can take half a minute, and the first says what waits
        out.println("netspec: " + count + " on target " + Targets.current().name() + ", " + parallelism()
                + " at a time");
        long probing = System.nanoTime();
        out.printf("netspec: %s (probed in %.1f s)%n", kernel(), (System.nanoTime() - probing) / 1e9);
        // the clock starts after the target's probe, which the start line waited for
        startedNanos = System.nanoTime();
        lastLineNanos = startedNanos;
        ticker.scheduleAtFixedRate(this::quietLine, QUIET_SECONDS, QUIET_SECONDS, TimeUnit.SECONDS);
    }

    /** How the first line says the target could not be probed (a run over many targets looks for it). */
    public static final String UNREACHABLE = "kernel unknown: ";

    private static String kernel() {
        try {
            Capabilities capabilities = TargetCapabilities.current();
            return "kernel " + capabilities.kernel() + ", " + capabilities.os();
        } catch (RuntimeException unreachable) {
            return UNREACHABLE + String.valueOf(unreachable.getMessage()).strip().lines().findFirst().orElse("");
        }
    }

    static String parallelism() {
        return System.getProperty("cucumber.execution.parallel.config.fixed.parallelism", "1");
    }

    private void finished(TestCaseFinished event) {
        TestCase scenario = event.getTestCase();
        Result result = event.getResult();
        Finished done = new Finished(feature(scenario.getUri()), scenario.getLocation().getLine(), scenario.getName(),
                result.getStatus(), result.getError(), String.join(" ", scenario.getTags()));
        finished.add(done);
        if (dryRun) {
            return; // listed in order at the end
        }
        synchronized (out) {
            lastLineNanos = System.nanoTime();
            out.printf("%s %-8s %s:%d  %s  (%.1f s)%n", counter(), done.status(), done.feature(), done.line(),
                    done.name(), result.getDuration().toMillis() / 1000.0);
            if (done.status() == Status.SKIPPED && done.error() != null) {
                out.println("         " + cause(done.error()));
            } else if (done.status() != Status.PASSED && done.error() != null) {
                details(done.error()).forEach(line -> out.println("         " + line));
            }
        }
    }

    /** {@code [ 12/146]}, and the time left once the run looks like taking more than a minute. */
    private String counter() {
        int done = finished.size();
        // a count that the run has outgrown is not the selection (a run of features outside features/): unknown
        int total = SelectedScenarios.count() >= done ? SelectedScenarios.count() : -1;
        int digits = String.valueOf(Math.max(total, done)).length();
        String count = String.format("%" + digits + "d/%s", done, total < 0 ? "?" : total);
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;
        if (total > 0 && done > 0 && done < total) {
            double estimate = elapsed / done * total;
            longRun |= estimate > 60;
            if (longRun) {
                return "[" + count + " " + clock(Math.max(0, estimate - elapsed)) + " left]";
            }
        }
        return "[" + count + "]";
    }

    private void quietLine() {
        if (System.nanoTime() - lastLineNanos < TimeUnit.SECONDS.toNanos(QUIET_SECONDS - 1)) {
            return;
        }
        synchronized (out) {
            out.printf("%s … still running after %s%n", counter(), clock((System.nanoTime() - startedNanos) / 1e9));
            lastLineNanos = System.nanoTime();
        }
    }

    private void summary() {
        ticker.shutdownNow();
        if (dryRun) {
            finished.stream().sorted(Comparator.comparing(Finished::feature).thenComparing(Finished::line))
                    .forEach(f -> out.printf("%-9s %s:%d  %s  %s%n", f.status() == Status.PASSED ? "LISTED" : f.status(),
                            f.feature(), f.line(), f.name(), f.tags()));
            out.printf("%d scenarios listed (dry run: nothing ran, the report was left as it was)%n", finished.size());
            return;
        }
        Map<String, int[]> perFeature = new TreeMap<>();
        Map<String, Integer> skipCauses = new TreeMap<>();
        for (Finished f : finished) {
            perFeature.computeIfAbsent(f.feature(), k -> new int[3])[bucket(f.status())]++;
            if (f.status() == Status.SKIPPED && f.error() != null) {
                skipCauses.merge(cause(f.error()), 1, Integer::sum);
            }
        }
        int[] total = new int[3];
        perFeature.values().forEach(c -> {
            for (int i = 0; i < 3; i++) total[i] += c[i];
        });
        int width = Math.max("feature".length(), perFeature.keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "  %-" + width + "s %7s %7s %7s%n";
        synchronized (out) {
            out.println();
            out.println("netspec summary: target " + Targets.current().name());
            out.printf(row, "feature", "passed", "failed", "skipped");
            perFeature.forEach((feature, c) -> out.printf(row, feature, c[0], c[1], c[2]));
            out.printf(row, "all", total[0], total[1], total[2]);
            if (!skipCauses.isEmpty()) {
                out.println("skipped, by cause (the report has the full text):");
                skipCauses.forEach((cause, n) -> out.printf("  %4d  %s%n", n, cause));
            }
            List<Finished> failed = finished.stream().filter(f -> bucket(f.status()) == 1)
                    .sorted(Comparator.comparing(Finished::feature).thenComparing(Finished::line)).toList();
            if (!failed.isEmpty()) {
                out.println("failed (details above and in the report):");
                failed.forEach(f -> out.printf("  %s:%d  %s%n", f.feature(), f.line(), f.name()));
            }
            out.printf("%d passed, %d failed, %d skipped in %s (%s at a time)%n", total[0], total[1], total[2],
                    clock((System.nanoTime() - startedNanos) / 1e9), parallelism());
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

    /** A skip's cause without its evidence and advice: "requires ipvlan, which target local lacks". */
    static String cause(Throwable error) {
        String first = message(error).lines().findFirst().orElse("");
        int aside = first.indexOf(" (");
        return aside > 0 ? first.substring(0, aside) : first;
    }

    /** A failure's lines as thrown (a fact violation: Expected, Actual, Read with), each cut to the console's width. */
    static List<String> details(Throwable error) {
        List<String> lines = message(error).lines().filter(line -> !line.isBlank()).toList();
        List<String> shown = lines.stream().limit(4).map(ConsoleProgress::cut).toList();
        return lines.size() > 4 ? java.util.stream.Stream.concat(shown.stream(), java.util.stream.Stream.of("…"))
                .toList() : shown;
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage().strip();
    }

    private static String cut(String line) {
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 1) + "…";
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format("%d:%02d", s / 60, s % 60);
    }

    private record Finished(String feature, int line, String name, Status status, Throwable error, String tags) {
    }
}
