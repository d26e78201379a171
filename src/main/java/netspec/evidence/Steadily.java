package netspec.evidence;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import netspec.evidence.Reading;

/**
 * For facts that must stay true for a while, such as "nothing arrives" or "no entry appears": a single
 * reading taken too early would pass for the wrong reason. Reads again until the time is up and judges the
 * first reading that breaks the fact, or the last one.
 */
public final class Steadily {

    private static final Duration POLL = Duration.ofMillis(100);

    private Steadily() {
    }

    public static <T> void expect(String expected, Supplier<Reading<T>> read, Predicate<T> holds,
                                  Function<T, String> describeActual, Duration during) {
        long end = System.nanoTime() + during.toNanos();
        Reading<T> reading = read.get();
        while (holds.test(reading.value()) && System.nanoTime() < end) {
            pause();
            reading = read.get();
        }
        Facts.expect(expected + " (throughout " + during.toMillis() + " ms)", reading, holds, describeActual);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching a fact", e);
        }
    }
}
