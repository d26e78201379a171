package netspec.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}
