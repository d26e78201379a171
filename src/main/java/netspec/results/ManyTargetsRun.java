package netspec.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import netspec.host.Setting;
import netspec.host.TargetList;
import netspec.host.TargetSpec;
import netspec.run.ConsoleProgress;
import netspec.run.RunResults;

/**
 * One run over many targets ({@code -Dnetspec.targets=local,ssh://root@10.0.0.5:22,@inventory.ini}): every target
 * runs the suite in a JVM of its own ({@link netspec.run.FeaturesLauncher}, the same test classpath, its own
 * {@code netspec.target}, results file {@code target/netspec-results/<name>.tsv} and Allure results), all at once;
 * their console lines are prefixed with the target's name. Afterwards one Allure results folder holds every
 * target's results ({@link AllureResultsMerge}) and one compatibility matrix has a column per target. A target that
 * cannot be reached is one line naming it and what to do, and a column of failures (or, when its run did not
 * even start, of scenarios marked not run); the other targets run to the end. The verdict is written for
 * {@code check}, which Maven runs in its verify phase, after the report is made, and which fails the build then.
 *
 * <pre>
 * ManyTargetsRun run MANY SUITE_CLASS PARALLELISM DRY_RUN TIMEOUT_SECONDS ALLURE_RESULTS REPORTS   (integration-test)
 * ManyTargetsRun check MANY                                                                       (verify)
 * </pre>
 * Both do nothing unless {@code netspec.targets} is given (pom.xml, profile {@code features}); MANY says whether
 * Maven saw it (and left failsafe out), so an empty value is refused rather than running nothing.
 */
public final class ManyTargetsRun {

    static final Path WORK = Path.of("target", "netspec-targets");
    static final Path VERDICT = WORK.resolve("verdict.txt");
    static final Path RESULTS = Path.of("target", "netspec-results");
    /**
     * Settings that choose the target: each target's own replace them. netspec.targets itself is passed on: with it
     * each target's report context extends the trend of runs over many targets (reports/history-targets).
     */
    private static final List<Setting> PER_TARGET = List.of(Setting.TARGET, Setting.RESULTS_NAME);

    private ManyTargetsRun() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        boolean given = Setting.TARGETS.given().isPresent();
        if (args.length == 2 && args[0].equals("check")) {
            if (given) {
                check();
            }
        } else if (args.length == 8 && args[0].equals("run")) {
            if (!given && Boolean.parseBoolean(args[1])) { // the profile saw the property, but empty: nothing would run
                throw new IllegalArgumentException(Setting.TARGETS + " is empty: name the targets (README, \"Running on"
                        + " many targets\") or leave it out for one target");
            }
            if (given) {
                run(args[2], Integer.parseInt(args[3]), Boolean.parseBoolean(args[4]), Long.parseLong(args[5]),
                        Path.of(args[6]), Path.of(args[7]));
            }
        } else {
            throw new IllegalArgumentException("usage: ManyTargetsRun run MANY_TARGETS SUITE PARALLELISM DRY_RUN TIMEOUT"
                    + " ALLURE_RESULTS REPORTS | check MANY_TARGETS; got " + Arrays.toString(args));
        }
    }

    private static void run(String suite, int parallelism, boolean dryRun, long timeoutSeconds, Path allure, Path reports)
            throws IOException, InterruptedException {
        List<TargetSpec> targets = TargetList.parse(Setting.TARGETS.given().orElseThrow());
        Files.deleteIfExists(VERDICT);
        String classpath = testClasspath();
        System.out.printf("netspec: one run over %d targets at once: %s (%d scenarios at a time on each; each line"
                        + " starts with its target)%n", targets.size(),
                targets.stream().map(TargetSpec::name).collect(Collectors.joining(", ")), parallelism);
        long started = System.nanoTime();
        Map<TargetSpec, Process> runs = new LinkedHashMap<>();
        List<Thread> consoles = new ArrayList<>();
        int width = targets.stream().mapToInt(t -> t.name().length()).max().orElse(0) + 3;
        for (TargetSpec target : targets) {
            deleteTree(WORK.resolve(target.name()));
            Files.deleteIfExists(resultsFile(target));
            Process process = new ProcessBuilder(command(target, suite, parallelism, dryRun, classpath))
                    .redirectErrorStream(true).start();
            runs.put(target, process);
            consoles.add(console(process, String.format("%-" + width + "s", "[" + target.name() + "]"),
                    WORK.resolve(target.name()).resolve("console.log")));
        }
        long deadline = started + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        Map<TargetSpec, Integer> exits = new LinkedHashMap<>();
        for (Map.Entry<TargetSpec, Process> run : runs.entrySet()) {
            exits.put(run.getKey(), waitFor(run.getKey(), run.getValue(), deadline, timeoutSeconds));
        }
        for (Thread console : consoles) {
            console.join(TimeUnit.SECONDS.toMillis(10));
        }
        if (dryRun) { // nothing ran: no results, report or matrix to replace; only a listing that failed counts
            Files.createDirectories(WORK);
            Files.write(VERDICT, exits.entrySet().stream().filter(e -> e.getValue() != 0)
                    .map(e -> e.getKey().name() + ": its listing ended with exit " + e.getValue()).toList());
            return;
        }
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (TargetSpec target : targets) {
            Path file = resultsFile(target);
            if (!Files.exists(file)) { // the JVM did not get as far as its first scenario
                Files.createDirectories(RESULTS);
                Files.writeString(file, RunResults.header(target.name(), RunResults.UNKNOWN, RunResults.UNKNOWN,
                        "did-not-start") + "\n");
            }
            files.add(file);
            RunResults results = RunResults.read(file);
            AllureResultsMerge.add(allure, target.name(), results.target() + " " + results.kernel().split(" ")[0],
                    WORK.resolve(target.name()).resolve("allure-results"));
            verdict(target, results, exits.get(target)).ifPresent(problems::add);
        }
        AllureResultsMerge.nameReport(allure, "netspec on " + targets.size() + " targets",
                "netspec: " + targets.stream().map(TargetSpec::name).collect(Collectors.joining(", ")));
        CompatibilityMatrix.write(reports, files);
        Files.createDirectories(WORK);
        Files.write(VERDICT, problems);
        System.out.printf("netspec: %d targets in %d s; %s%n", targets.size(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                problems.isEmpty() ? "every target passed" : problems.size() + " did not pass:");
        problems.forEach(p -> System.out.println("  " + p));
    }

    /** The one line that says why a target's run did not pass, or empty when it did. */
    static java.util.Optional<String> verdict(TargetSpec target, RunResults results, int exit) {
        Map<String, Long> counts = results.rows().values().stream()
                .collect(Collectors.groupingBy(RunResults.Row::status, Collectors.counting()));
        long failed = results.rows().size() - counts.getOrDefault("PASSED", 0L) - counts.getOrDefault("SKIPPED", 0L);
        String tally = String.format("%d passed, %d failed, %d skipped", counts.getOrDefault("PASSED", 0L), failed,
                counts.getOrDefault("SKIPPED", 0L));
        String kernel = results.kernel();
        if (kernel.startsWith(RunResults.UNKNOWN + " (")) {
            return java.util.Optional.of(results.target() + " could not be reached: "
                    + kernel.substring(RunResults.UNKNOWN.length() + 2, kernel.length() - 1) + " [" + tally + "]");
        }
        if (!results.isComplete()) {
            return java.util.Optional.of(results.target() + ": its run did not finish (state=" + results.state() + ", exit "
                    + exit + "; its output says why: " + WORK.resolve(target.name()).resolve("console.log") + ") [" + tally + "]");
        }
        if (failed > 0 || exit != 0 || results.rows().isEmpty()) {
            return java.util.Optional.of(results.target() + ": " + tally + (exit != 0 && failed == 0 ? " (exit " + exit + ")" : "")
                    + "; " + resultsFile(target));
        }
        return java.util.Optional.empty();
    }

    private static void check() throws IOException {
        if (!Files.exists(VERDICT)) {
            throw new IllegalStateException("the run over many targets left no verdict (" + VERDICT + "): it did not end");
        }
        List<String> problems = Files.readAllLines(VERDICT).stream().filter(l -> !l.isBlank()).toList();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.size() + " of the targets did not pass:\n  "
                    + String.join("\n  ", problems));
        }
    }

    static Path resultsFile(TargetSpec target) {
        return RESULTS.resolve(target.name() + ".tsv");
    }

    /** The target's JVM: every setting given here, the target's own over them, its results and report apart. */
    static List<String> command(TargetSpec target, String suite, int parallelism, boolean dryRun, String classpath) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Setting setting : Setting.values()) {
            if (!PER_TARGET.contains(setting)) {
                setting.given().ifPresent(value -> properties.put(setting.property(), value));
            }
        }
        System.getProperties().stringPropertyNames().stream().filter(p -> p.startsWith("cucumber.")).sorted()
                .forEach(p -> properties.put(p, System.getProperty(p)));
        properties.putAll(target.settings());
        properties.put(Setting.RESULTS_NAME.property(), target.name());
        properties.put("allure.results.directory", WORK.resolve(target.name()).resolve("allure-results").toAbsolutePath().toString());
        properties.put("cucumber.execution.dry-run", String.valueOf(dryRun));
        properties.put("cucumber.execution.parallel.config.fixed.parallelism", String.valueOf(parallelism));
        properties.put("cucumber.execution.parallel.config.fixed.max-pool-size", String.valueOf(parallelism));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classpath);
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add(netspec.run.FeaturesLauncher.class.getName());
        command.add(suite);
        return command;
    }

    /** The classpath this runs with: Maven's test classpath under exec:java, else the JVM's own. */
    private static String testClasspath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> paths = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    paths.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("a classpath entry that is no file: " + url, e);
                }
            }
            return String.join(java.io.File.pathSeparator, paths);
        }
        return System.getProperty("java.class.path");
    }

    /**
     * Shows a target's output line by line after its name, and keeps all of it in {@code log}. Once the target is
     * known to be unreachable, the line that says why is the last one shown: every scenario would fail with it again.
     */
    private static Thread console(Process process, String prefix, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        Thread thread = new Thread(() -> {
            boolean shown = true;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 var kept = Files.newBufferedWriter(log)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    kept.write(line);
                    kept.newLine();
                    if (shown) {
                        boolean unreachable = line.contains(ConsoleProgress.UNREACHABLE);
                        synchronized (System.out) {
                            System.out.println(prefix + line);
                            if (unreachable) {
                                System.out.println(prefix + "netspec: unreachable: every scenario fails without running;"
                                        + " the rest of this target's output is in " + log);
                            }
                        }
                        shown = !unreachable;
                    }
                }
            } catch (IOException e) {
                System.out.println(prefix + "(its output could not be read or kept in " + log + ": " + e.getMessage() + ")");
            }
        }, "netspec console " + prefix.strip());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** The exit status; a run past the deadline is ended with SIGTERM, which marks its results interrupted. */
    private static int waitFor(TargetSpec target, Process process, long deadline, long timeoutSeconds)
            throws InterruptedException {
        if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            System.out.printf("netspec: %s ran longer than %d s (netspec.timeout): ending it%n", target.name(), timeoutSeconds);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        return process.exitValue();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }
}
