package netspec.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import netspec.linux.Captured;
import netspec.linux.KernelJson;
import netspec.linux.PingStatistics;
import netspec.linux.Route;
import netspec.shell.CommandResult;

import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.host.LocalTarget;
import netspec.host.Sandbox;

class FactsTest {

    @Test
    void aFactThatNeverHoldsFailsAndLeavesTheSandboxUsable() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Sandbox sandbox = new LocalTarget().openSandbox()) {
            for (int i = 0; i < 5; i++) {
                // each reading takes a while, so the deadline falls in the middle of one
                assertThatThrownBy(() -> Facts.eventually("the reading says yes",
                        () -> new Reading<>(Place.HOST, sandbox.run("sleep 0.03; echo no"), "no"),
                        "yes"::equals, answer -> "it says " + answer, Duration.ofMillis(200)))
                        .isInstanceOf(FactViolation.class);
                assertThat(sandbox.shell().isAlive()).isTrue();
                assertThat(sandbox.run("echo still here").stdout()).isEqualTo("still here\n");
            }
            assertThat(evidence.attachments()).extracting(EvidenceRecorder.Attachment::name)
                    .containsOnly("fact: the reading says yes").hasSize(5);
        }
    }

    @Test
    void aReadingAlreadyTakenIsJudgedFirstAndTheKernelIsReadAgainOnlyWhileTheFactDoesNotHold() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Sandbox sandbox = new LocalTarget().openSandbox()) {
            sandbox.run("echo 0 > /tmp/reads");
            java.util.function.Supplier<Reading<Integer>> read = () -> {
                String count = sandbox.run("n=$(( $(cat /tmp/reads) + 1 )); echo $n > /tmp/reads; echo $n")
                        .stdout().strip();
                return new Reading<>(Place.HOST, sandbox.run("true"), Integer.parseInt(count));
            };
            Reading<Integer> first = read.get();
            Facts.eventually("the first reading holds", first, read, n -> n == 1, n -> "reading " + n,
                    Duration.ofSeconds(2));
            assertThat(sandbox.run("cat /tmp/reads").stdout()).isEqualTo("1\n");

            Facts.eventually("the third reading holds", read.get(), read, n -> n == 4, n -> "reading " + n,
                    Duration.ofSeconds(2));
            assertThat(sandbox.run("cat /tmp/reads").stdout()).isEqualTo("4\n");
            assertThat(evidence.attachments()).hasSize(2);
        }
    }

    // the three vacuity rules, judged on real captured output

    @Test
    void noReplyWithoutASingleRequestSentIsNothingToJudge() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            Reading<PingStatistics> ping = captured("ping/unreachable.txt", PingStatistics::parseOrNothingSent);
            assertThatThrownBy(() -> Facts.expectAbsent("no echo request is answered", ping, requestsSent(),
                    s -> !s.anyReply(), PingStatistics::toString))
                    .isInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("nothing to judge: at least one echo request was sent did not hold")
                    .hasMessageContaining("0 echo requests sent");
            assertThat(evidence.attachments()).hasSize(1);
        }
    }

    @Test
    void noReplyAfterRequestsLeftHolds() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            Reading<PingStatistics> ping = captured("ping/no-reply.txt", PingStatistics::parseOrNothingSent);
            Facts.expectAbsent("no echo request is answered", ping, requestsSent(), s -> !s.anyReply(),
                    PingStatistics::toString);
            Reading<PingStatistics> replies = captured("ping/replies.txt", PingStatistics::parseOrNothingSent);
            assertThatThrownBy(() -> Facts.expectAbsent("no echo request is answered", replies, requestsSent(),
                    s -> !s.anyReply(), PingStatistics::toString))
                    .isInstanceOf(FactViolation.class).isNotInstanceOf(NothingToJudge.class);
        }
    }

    @Test
    void aFactOverAnEmptyCollectionIsNothingToJudge() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            Reading<List<Route>> none = new Reading<>(Place.HOST, result("ip -j route show", "[]"),
                    KernelJson.routes("[]"));
            assertThatThrownBy(() -> Facts.expectEvery("every route is on-link", none, r -> true, Route::toString))
                    .isInstanceOf(NothingToJudge.class).hasMessageContaining("nothing to judge: the reading was empty")
                    .hasMessageContaining("ip -j route show");
            Reading<List<Route>> routes = captured("ip-route.json", KernelJson::routes);
            Facts.expectEvery("every route names a destination", routes, r -> r.dst() != null, Route::toString);
        }
    }

    @Test
    void aMissingDeviceIsNothingToJudge() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            Reading<String> reading = new Reading<>(Place.HOST, result("ip -j -d -s link show dev br0",
                    ""), "");
            assertThat(Facts.missing("br0 has learned 02:00:00:00:00:01", "interface br0", reading))
                    .isInstanceOf(NothingToJudge.class).hasMessageContaining("nothing to judge: interface br0 does not exist");
        }
    }

    private static Facts.Control<PingStatistics> requestsSent() {
        return new Facts.Control<>("at least one echo request was sent", s -> s.transmitted() > 0,
                PingStatistics::toString);
    }

    private static <T> Reading<T> captured(String name, java.util.function.Function<String, T> parse) {
        String text = Captured.read(name);
        return new Reading<>(Place.HOST, result("cat captured/" + name, text), parse.apply(text));
    }

    private static CommandResult result(String command, String stdout) {
        return new CommandResult(command, 0, stdout, "", Duration.ZERO);
    }
}
