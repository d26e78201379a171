package netspec.evidence;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import netspec.evidence.Reading;

/**
 * Checks of facts read back from the kernel. Every check attaches the reading it judged, so a report shows
 * the command and the kernel's answer for passing checks too.
 */
public final class Facts {

    private Facts() {
    }

    /**
     * @param expected       the fact in plain words, e.g. "br0 has learned 02:..:01 on port veth1"
     * @param holds          whether the reading shows the fact
     * @param describeActual what the reading shows instead, in plain words
     */
    public static <T> void expect(String expected, Reading<T> reading, Predicate<T> holds,
                                  Function<T, String> describeActual) {
        boolean held = holds.test(reading.value());
        attach(held, expected, reading, describeActual);
        if (!held) {
            throw new FactViolation(expected, FactAttachment.seen(reading.value(), describeActual), where(reading));
        }
    }

    /** For facts the kernel makes true shortly after the step (carrier, counters): polls until the fact holds. */
    public static <T> void eventually(String expected, Supplier<Reading<T>> read, Predicate<T> holds,
                                      Function<T, String> describeActual, Duration within) {
        AtomicReference<Reading<T>> last = new AtomicReference<>();
        try {
            // in the calling thread: Awaitility interrupts its own polling thread at the deadline, and a shell
            // interrupted in the middle of a command can only give up and end the sandbox
            Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(50)).pollDelay(Duration.ZERO)
                    .pollInSameThread()
                    .until(() -> {
                        last.set(read.get());
                        return holds.test(last.get().value());
                    });
            attach(true, expected, last.get(), describeActual);
        } catch (ConditionTimeoutException e) {
            Reading<T> reading = last.get();
            attach(false, expected, reading, describeActual);
            throw new FactViolation(expected + " (within " + within.toMillis() + " ms)",
                    FactAttachment.seen(reading.value(), describeActual), where(reading));
        }
    }

    private static String where(Reading<?> reading) {
        return reading.command() + "   (in " + reading.place() + ")";
    }

    private static <T> void attach(boolean held, String expected, Reading<T> reading, Function<T, String> describe) {
        Evidence.text("fact: " + expected, FactAttachment.text(held, expected, reading, describe));
    }
}
