package netspec.run;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import netspec.capability.Capability;
import netspec.capability.ToolSetup;
import netspec.evidence.ScenarioSkipped;
import netspec.evidence.SkipCause;
import netspec.host.Setting;
import netspec.host.Targets;

/**
 * Sets the target up before the first scenario ({@link ToolSetup}), and after the last one says whether the run
 * is complete: scenarios skipped because a tool is not installed make it incomplete, and the run fails, apart
 * from scenarios skipped for a kernel feature, which stay skips with their reasons.
 */
public final class TargetSetup implements ConcurrentEventListener {

    private static final Map<String, String> NOT_RUN = new ConcurrentHashMap<>();
    private static volatile Set<Capability> missingTools = Set.of();

    private final PrintStream out = System.out;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, e -> started());
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> ended());
    }

    /** Scenarios ({@code feature:line}) that could not run for lack of a tool, each with the tools it lacked. */
    public static Map<String, String> notRunForTools() {
        return Map.copyOf(NOT_RUN);
    }

    private void started() {
        if (Boolean.getBoolean("cucumber.execution.dry-run")) {
            return;
        }
        boolean install = Boolean.parseBoolean(Setting.INSTALL.value());
        Path features = Path.of("features");
        try {
            if (Files.isDirectory(features)) {
                missingTools = new ToolSetup(Targets.current(), out).prepare(
                        SelectedRequirements.requirements(features, TagSelection.selection()), install);
            }
        } catch (RuntimeException e) {
            // the scenarios then fail or skip with the target's own message; set-up is a help, not a gate
            out.println("netspec: could not check the tools on the target: " + e.getMessage());
        }
    }

    private void finished(TestCaseFinished event) {
        if (event.getResult().getStatus() != Status.SKIPPED || missingTools.isEmpty()) {
            return;
        }
        // only a skip for a missing tool: a scenario that also needs one may have been skipped for another reason
        // (a kernel feature, its CNI plugin's version) and would have been skipped with the tool installed too
        if (!(event.getResult().getError() instanceof ScenarioSkipped skipped)
                || !skipped.skipCause().kind().equals(SkipCause.LACKS)) {
            return;
        }
        Capability.byTagName(skipped.skipCause().subject()).filter(missingTools::contains).ifPresent(tool ->
                NOT_RUN.put(ConsoleProgress.feature(event.getTestCase().getUri()) + ":"
                        + event.getTestCase().getLocation().getLine(), tool.tagName()));
    }

    private void ended() {
        if (NOT_RUN.isEmpty()) {
            return;
        }
        Map<String, Integer> perTool = new TreeMap<>();
        NOT_RUN.values().forEach(tools -> {
            for (String tool : tools.split(" ")) perTool.merge(tool, 1, Integer::sum);
        });
        String message = "run INCOMPLETE: " + NOT_RUN.size() + " scenarios could not run because target "
                + Targets.current().name() + " lacks tools (" + perTool.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))
                + "); install them (the first lines of this run say how) and run again";
        out.println(message);
        throw new IncompleteRunException(message);
    }

    /** Fails the run: a run that left scenarios out for lack of tools has not shown they pass. */
    public static final class IncompleteRunException extends RuntimeException {
        IncompleteRunException(String message) {
            super(message);
        }
    }
}
