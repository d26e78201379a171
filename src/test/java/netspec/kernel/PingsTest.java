package netspec.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import netspec.evidence.EvidenceRecorder;
import netspec.evidence.FactViolation;
import netspec.evidence.NothingToJudge;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.linux.Captured;
import netspec.linux.PingOutput;
import netspec.shell.CommandResult;

/** "the ping gets no reply" and its positive control, judged on real ping output. */
class PingsTest {

    @Test
    void aPingThatSentNothingProvesNoSilence() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> Pings.expectNoReply(captured("unreachable.txt")))
                    .isInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("at least one echo request left the sender")
                    .hasMessageContaining("ping: connect: Network is unreachable");
        }
    }

    @Test
    void requestsRefusedByTheSendersOwnKernelDidNotLeave() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            Reading<PingOutput> ping = captured("local-error.txt");
            assertThat(ping.value().statistics().transmitted()).isEqualTo(2);
            assertThat(ping.value().requestsThatLeft()).isZero();
            assertThatThrownBy(() -> Pings.expectNoReply(ping))
                    .isInstanceOf(NothingToJudge.class).hasMessageContaining("local error: message too long");
        }
    }

    @Test
    void silenceAfterRequestsLeftIsNoReply() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            Pings.expectNoReply(captured("no-reply.txt"));
            assertThatThrownBy(() -> Pings.expectReplies(captured("no-reply.txt"))).isInstanceOf(FactViolation.class);
        }
    }

    @Test
    void repliesAreNotNoReply() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            Pings.expectReplies(captured("replies.txt"));
            assertThatThrownBy(() -> Pings.expectNoReply(captured("replies.txt")))
                    .isInstanceOf(FactViolation.class).isNotInstanceOf(NothingToJudge.class);
        }
    }

    private static Reading<PingOutput> captured(String name) {
        String text = Captured.read("ping/" + name);
        return new Reading<>(Place.HOST, new CommandResult("cat captured/ping/" + name, 0, text, "", Duration.ZERO),
                PingOutput.parse(text));
    }
}
