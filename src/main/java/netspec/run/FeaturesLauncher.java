package netspec.run;

import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs a suite class (e.g. {@code netspec.RunFeaturesIT}) on the JUnit Platform as failsafe does, in a JVM of its
 * own: the run of one target in a run over many ({@code netspec.results.ManyTargetsRun} starts one per target).
 * The glue, plugins and parallelism come from the suite's {@code junit-platform.properties} and system properties;
 * the exit status is 0 when every scenario passed or was skipped, 1 otherwise.
 *
 * <pre>java -cp TEST_CLASSPATH -Dnetspec.target=ssh ... netspec.run.FeaturesLauncher netspec.RunFeaturesIT</pre>
 */
public final class FeaturesLauncher {

    private FeaturesLauncher() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: FeaturesLauncher <suite class>");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(args[0]))
                .filters(EngineFilter.includeEngines("junit-platform-suite"))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary);
        TestExecutionSummary counts = summary.getSummary();
        boolean green = counts.getTestsFoundCount() > 0 && counts.getTotalFailureCount() == 0;
        System.exit(green || Boolean.getBoolean("cucumber.execution.dry-run") ? 0 : 1);
    }
}
