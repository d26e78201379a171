package netspec.evidence;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import netspec.shell.Polling;

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

    /**
     * A fact over every element of a collection ("every port forwards", "the result matches the kernel"). An
     * empty collection proves nothing, so it fails: "nothing to judge".
     */
    public static <E> void expectEvery(String expected, Reading<? extends Collection<E>> reading, Predicate<E> holds,
                                       Function<E, String> describe) {
        requireSomething(expected, reading, reading.value().isEmpty(), "the reading was empty");
        expect(expected, reading, all -> all.stream().allMatch(holds),
                all -> all.stream().filter(holds.negate()).map(describe).collect(Collectors.joining("\n")));
    }

    /**
     * A negative fact ("no reply", "has not learned", "saw no packet") holds only if the probe that could have
     * seen the opposite really ran: {@code control} is that positive control (requests were sent, the capture
     * was listening, the table was read from a device that exists). Without it the fact fails as "nothing to
     * judge", saying which control did not hold.
     */
    public static <T> void expectAbsent(String expected, Reading<T> reading, Control<T> control, Predicate<T> holds,
                                        Function<T, String> describeActual) {
        requireSomething(expected, reading, !control.ran().test(reading.value()),
                control.description() + " did not hold: " + control.describe().apply(reading.value()));
        expect(expected + " (" + control.description() + ")", reading, holds, describeActual);
    }

    /** The device a fact is about is missing: nothing to judge. */
    public static FactViolation missing(String expected, String what, Reading<?> reading) {
        return nothingToJudge(expected, what + " does not exist", reading);
    }

    private static void requireSomething(String expected, Reading<?> reading, boolean nothing, String why) {
        if (nothing) {
            throw nothingToJudge(expected, why, reading);
        }
    }

    private static <T> NothingToJudge nothingToJudge(String expected, String why, Reading<T> reading) {
        attach(false, expected, reading, value -> "nothing to judge: " + why);
        return new NothingToJudge(expected, why, where(reading));
    }

    /**
     * The positive control of a negative fact.
     *
     * @param description what proves the probe ran, e.g. "at least one echo request was sent"
     * @param ran         whether the reading shows it
     * @param describe    what the reading shows instead
     */
    public record Control<T>(String description, Predicate<T> ran, Function<T, String> describe) {
    }

    /** For facts the kernel makes true shortly after the step (carrier, counters): polls until the fact holds. */
    public static <T> void eventually(String expected, Supplier<Reading<T>> read, Predicate<T> holds,
                                      Function<T, String> describeActual, Duration within) {
        AtomicReference<Reading<T>> last = new AtomicReference<>();
        boolean held = Polling.until(within, () -> {
            last.set(read.get());
            return holds.test(last.get().value());
        });
        Reading<T> reading = last.get();
        attach(held, expected, reading, describeActual);
        if (!held) {
            throw new FactViolation(expected + " (within " + within.toMillis() + " ms)",
                    FactAttachment.seen(reading.value(), describeActual), where(reading));
        }
    }

    /**
     * Like {@link #eventually(String, Supplier, Predicate, Function, Duration)} when the step has already read the
     * kernel once (to find the device the fact is about): that reading is judged first instead of being taken again,
     * since every reading is a process on the target.
     */
    public static <T> void eventually(String expected, Reading<T> first, Supplier<Reading<T>> readAgain,
                                      Predicate<T> holds, Function<T, String> describeActual, Duration within) {
        AtomicBoolean taken = new AtomicBoolean();
        eventually(expected, () -> taken.getAndSet(true) ? readAgain.get() : first, holds, describeActual, within);
    }

    private static String where(Reading<?> reading) {
        return reading.command() + "   (in " + reading.place() + ")";
    }

    private static <T> void attach(boolean held, String expected, Reading<T> reading, Function<T, String> describe) {
        Evidence.text("fact: " + expected, FactAttachment.text(held, expected, reading, describe));
    }
}
