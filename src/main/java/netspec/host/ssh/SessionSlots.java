package netspec.host.ssh;

import java.io.IOException;
import java.time.Duration;

/**
 * The session channels one connection may hold at once. sshd refuses a channel beyond its MaxSessions (10 by
 * default, often lowered on hardened hosts) instead of queueing it. The limit is learned from the first such
 * refusal: from then on a new channel waits here for one to close, so that scenarios queue instead of failing.
 */
final class SessionSlots {

    private final Duration patience;
    private int open;
    private int limit = Integer.MAX_VALUE;

    SessionSlots(Duration patience) {
        this.patience = patience;
    }

    /** Waits for a free slot and takes it; one that never frees within the patience is an error that says why. */
    synchronized void take() throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (open >= limit) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IOException("all " + limit + " session channels the server allows (its MaxSessions) stayed"
                        + " open for " + patience.toSeconds() + " s");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for a session channel", e);
            }
        }
        open++;
    }

    synchronized void give() {
        open--;
        notifyAll();
    }

    /** What a refusal of the server means for the channel it refused. */
    enum Refusal {
        /** the server refused a first channel: no waiting changes that */
        FINAL,
        /** the limit was known: wait for a channel to close */
        WAIT,
        /** the first refusal with channels open: the limit is learned now, then wait */
        LIMIT_LEARNED
    }

    /** The server refused the channel whose slot was just taken: gives the slot back and learns the limit. */
    synchronized Refusal refused() {
        give();
        if (open == 0) {
            return Refusal.FINAL;
        }
        if (limit != Integer.MAX_VALUE) {
            // within a known limit, a refusal means the server still counts a channel closed a moment ago
            return Refusal.WAIT;
        }
        limit = open;
        return Refusal.LIMIT_LEARNED;
    }

    /** The learned limit, or empty while the server has refused nothing. */
    synchronized java.util.OptionalInt learnedLimit() {
        return limit == Integer.MAX_VALUE ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(limit);
    }
}
