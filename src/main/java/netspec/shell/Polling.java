package netspec.shell;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Polls a condition that runs commands in a shell, every 50 ms, in the calling thread.
 *
 * <p>In the calling thread because Awaitility, left to itself, evaluates the condition on a thread of its own
 * and interrupts that thread at the deadline: a shell interrupted in the middle of a command is out of step
 * with its output, so the deadline of one poll would end the whole sandbox, and the next command would fail
 * with a message that hides why.
 */
public final class Polling {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    private Polling() {
    }

    /** Whether the condition held within the time; it is evaluated at once, then every 50 ms. */
    public static boolean until(Duration within, BooleanSupplier condition) {
        try {
            Awaitility.await().atMost(within).pollInterval(INTERVAL).pollDelay(Duration.ZERO).pollInSameThread()
                    .until(condition::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
