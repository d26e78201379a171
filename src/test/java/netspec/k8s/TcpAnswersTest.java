package netspec.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import netspec.linux.Captured;

/** The output of assets/k8s/tcp-requests.sh, captured on the Debian machine (see captured/k8s/ipvs/README.md). */
class TcpAnswersTest {

    @Test
    void roundRobinAnswersTakeTurns() {
        TcpAnswers answers = TcpAnswers.parse(captured("tcp-requests-rr.txt"));
        assertThat(answers.connections()).isEqualTo(4);
        assertThat(answers.answered()).isEqualTo(4);
        assertThat(answers.countByServer()).containsExactly(Map.entry("pod3", 2), Map.entry("pod2", 1),
                Map.entry("pod1", 1));
        assertThat(answers.rotates()).isTrue();
        assertThat(answers).hasToString("4 of 4 connections answered: pod3 pod2 pod1 pod3");
    }

    @Test
    void unansweredConnectionsKeepTheirReason() {
        TcpAnswers answers = TcpAnswers.parse(captured("tcp-requests-unreachable.txt"));
        assertThat(answers.answers()).containsExactly(Optional.empty(), Optional.empty());
        assertThat(answers.reasons().get(0)).contains("Network is unreachable");
        assertThat(answers.reasons().get(1)).isEqualTo("nothing within 2 s");
        assertThat(answers.rotates()).isFalse();
        assertThat(answers.toString()).startsWith("0 of 2 connections answered: - - (unanswered: tcp-request: connect:")
                .endsWith(", and 1 more)");
        assertThat(TcpAnswers.parse(captured("tcp-requests-refused.txt")).reasons().get(0))
                .contains("Connection refused");
    }

    @Test
    void aServerMissingFromTheTurnsIsNoRotation() {
        assertThat(TcpAnswers.parse("answer: pod3\nanswer: pod2\nno answer: nothing within 2 s\n").rotates())
                .isFalse();
        assertThat(TcpAnswers.parse("answer: pod3\nanswer: pod2\nanswer: pod2\n").rotates()).isFalse();
    }

    @Test
    void refusesLinesTheScriptDoesNotPrint() {
        assertThatThrownBy(() -> TcpAnswers.parse("pod1\n")).hasMessageContaining("not a line of tcp-requests.sh");
    }

    private static String captured(String name) {
        return Captured.read("k8s/ipvs/" + name);
    }
}
