package netspec.evidence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;

/**
 * Attachments of the scenario itself, shown on its page next to its steps, rather than under whichever step or
 * hook happens to run. Allure runs Cucumber's {@code @After} hooks as tear-down fixtures, and inside one Allure's
 * "current test case" is the fixture, so this listener (registered in {@code META-INF/services}) remembers each
 * thread's scenario as it starts: Cucumber runs a scenario's steps and hooks on one thread.
 */
public final class ScenarioAttachment implements TestLifecycleListener {

    private static final ThreadLocal<String> SCENARIO = new ThreadLocal<>();

    @Override
    public void beforeTestStart(TestResult result) {
        SCENARIO.set(result.getUuid());
    }

    @Override
    public void afterTestStop(TestResult result) {
        SCENARIO.remove();
    }

    public static void text(String name, String content) {
        add(name, "text/plain", content.getBytes(StandardCharsets.UTF_8), ".txt");
    }

    public static void svg(String name, String svg) {
        add(name, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8), ".svg");
    }

    /** Whether a step of this thread's scenario has failed so far (the scenario's own status is set only at its end). */
    public static boolean scenarioFailedSoFar() {
        String uuid = SCENARIO.get();
        if (uuid == null) {
            return false;
        }
        boolean[] failed = {false};
        Allure.getLifecycle().updateTestCase(uuid, test -> failed[0] = test.getSteps().stream()
                .map(StepResult::getStatus).anyMatch(s -> s == Status.FAILED || s == Status.BROKEN));
        return failed[0];
    }

    private static void add(String name, String type, byte[] content, String extension) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        Optional<String> scenario = Optional.ofNullable(SCENARIO.get());
        if (scenario.isEmpty()) {
            lifecycle.addAttachment(name, type, extension, content); // outside a scenario (unit tests): where it runs
            return;
        }
        String source = UUID.randomUUID() + "-attachment" + extension;
        lifecycle.writeAttachment(source, new ByteArrayInputStream(content));
        lifecycle.updateTestCase(scenario.get(), test -> test.getAttachments()
                .add(new Attachment().setName(name).setType(type).setSource(source)));
    }
}
