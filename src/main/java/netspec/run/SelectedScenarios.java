package netspec.run;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the scenarios the JUnit Platform is about to run (after {@link TagSelection}), for the console's start
 * line and its counter: Cucumber's own events do not say how many will come. Registered in
 * {@code META-INF/services}.
 */
public final class SelectedScenarios implements TestExecutionListener {

    private static final AtomicInteger COUNT = new AtomicInteger(-1);

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        int scenarios = 0;
        for (TestIdentifier root : plan.getRoots()) {
            scenarios += countTests(plan, root);
        }
        COUNT.set(scenarios);
    }

    private static int countTests(TestPlan plan, TestIdentifier node) {
        if (node.isTest()) {
            return node.getUniqueIdObject().getSegments().stream()
                    .anyMatch(s -> s.getType().equals("engine") && s.getValue().equals("cucumber")) ? 1 : 0;
        }
        return plan.getChildren(node).stream().mapToInt(child -> countTests(plan, child)).sum();
    }

    /** How many scenarios this run selected; -1 when not known (run outside the JUnit Platform launcher). */
    public static int count() {
        return COUNT.get();
    }
}
