package netspec.host.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class SessionSlotsTest {

    @Test
    void takesWithoutLimitUntilTheServerRefuses() throws IOException {
        SessionSlots slots = new SessionSlots(Duration.ofSeconds(1));
        for (int i = 0; i < 50; i++) {
            slots.take();
        }
        assertThat(slots.learnedLimit()).isEmpty();
    }

    @Test
    void aRefusedFirstChannelIsFinal() throws IOException {
        SessionSlots slots = new SessionSlots(Duration.ofSeconds(1));
        slots.take();
        assertThat(slots.refused()).isEqualTo(SessionSlots.Refusal.FINAL);
        assertThat(slots.learnedLimit()).isEmpty();
    }

    @Test
    void learnsTheLimitOnceThenQueuesUntilAChannelCloses() throws Exception {
        SessionSlots slots = new SessionSlots(Duration.ofSeconds(30));
        slots.take();
        slots.take();
        slots.take();
        assertThat(slots.refused()).isEqualTo(SessionSlots.Refusal.LIMIT_LEARNED);
        assertThat(slots.learnedLimit()).hasValue(2);

        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
            try {
                slots.take();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertThat(waiting).as("a third channel waits while two are open").isNotDone();
        slots.give();
        waiting.get(5, TimeUnit.SECONDS);

        slots.give();
        slots.take(); // the server still counts the channel closed a moment ago: a refusal now only waits
        assertThat(slots.refused()).isEqualTo(SessionSlots.Refusal.WAIT);
    }

    @Test
    void aSlotThatNeverFreesIsAnErrorThatSaysWhy() throws IOException {
        SessionSlots slots = new SessionSlots(Duration.ofMillis(300));
        slots.take();
        slots.take();
        slots.refused();

        assertThatThrownBy(slots::take).isInstanceOf(IOException.class)
                .hasMessageContaining("all 1 session channels the server allows (its MaxSessions) stayed open");
    }
}
