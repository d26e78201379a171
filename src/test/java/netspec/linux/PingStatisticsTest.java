package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PingStatisticsTest {

    @Test
    void readsRepliesFromRealOutput() throws IOException {
        PingStatistics stats = PingStatistics.parse(captured("replies.txt"));
        assertThat(stats).isEqualTo(new PingStatistics(3, 3));
        assertThat(stats.anyReply()).isTrue();
    }

    @Test
    void readsAPingWithoutReplies() throws IOException {
        PingStatistics stats = PingStatistics.parse(captured("no-reply.txt"));
        assertThat(stats).isEqualTo(new PingStatistics(2, 0));
        assertThat(stats.anyReply()).isFalse();
    }

    @Test
    void aPingThatCouldNotSendCountsAsNothingSent() {
        assertThat(PingStatistics.parseOrNothingSent("ping: connect: Network is unreachable\n"))
                .isEqualTo(new PingStatistics(0, 0));
    }

    @Test
    void refusesOutputWithoutStatistics() {
        assertThatThrownBy(() -> PingStatistics.parse("ping: connect: Network is unreachable\n"))
                .hasMessageContaining("no ping statistics")
                .hasMessageContaining("Network is unreachable");
    }

    private static String captured(String name) throws IOException {
        try (var in = PingStatisticsTest.class.getResourceAsStream("/captured/ping/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
