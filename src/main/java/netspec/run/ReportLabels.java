package netspec.run;

import java.util.Set;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;

/**
 * Tidies each scenario's labels before Allure writes it (registered in {@code META-INF/services}).
 * allure-cucumber7-jvm labels a scenario with its own name as "story" and "testClass", so Behaviors showed
 * feature &gt; story "X" &gt; "X" and Suites showed suite &gt; "X" &gt; "X": without them each tree is feature &gt; scenario.
 * A scenario tagged {@value #KERNEL_DIFFERS} shows what the kernel does where the documented text says otherwise;
 * its status message says so, which is what the report's category "The kernel differs from the text" matches.
 */
public final class ReportLabels implements TestLifecycleListener {

    public static final String KERNEL_DIFFERS = "@kernel-differs";
    public static final String KERNEL_DIFFERS_MESSAGE = "Known divergence: the kernel differs from the documented text"
            + " (the feature's description says where and how)";

    private static final Set<String> REDUNDANT = Set.of("story", "testClass");

    @Override
    public void beforeTestStop(TestResult result) {
        result.getLabels().removeIf(label -> REDUNDANT.contains(label.getName()));
        boolean differs = result.getLabels().stream().map(Label::getValue)
                .anyMatch(value -> ("@" + value).equals(KERNEL_DIFFERS));
        if (differs) {
            StatusDetails details = result.getStatusDetails() == null ? new StatusDetails() : result.getStatusDetails();
            String message = details.getMessage();
            details.setMessage(message == null || message.isBlank() ? KERNEL_DIFFERS_MESSAGE
                    : KERNEL_DIFFERS_MESSAGE + "\n" + message);
            result.setStatusDetails(details);
        }
    }
}
