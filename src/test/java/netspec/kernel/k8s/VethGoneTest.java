package netspec.kernel.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

import netspec.cni.CniJson;
import netspec.cni.CniResult;
import netspec.evidence.EvidenceRecorder;
import netspec.evidence.FactViolation;
import netspec.evidence.NothingToJudge;
import netspec.evidence.Reading;
import netspec.linux.Captured;
import netspec.linux.Link;

/**
 * "The veth of pod1 on the host is gone", judged on captured host links: after the reference plugin's ADD
 * (captured/cni, with cni0 and vethc30108be) and a host that has neither (captured/ip-d-link.json).
 */
class VethGoneTest {

    private static final List<String> LISTED = CniJson.result(Captured.read("cni/kernel-add-result.json"))
            .hostInterfaces().stream().map(CniResult.Interface::name).toList();
    private static final Reading<List<Link>> AFTER_ADD = Captured.hostLinks("cni/kernel-add-host-ip-d-link.json");
    private static final Reading<List<Link>> NEITHER = Captured.hostLinks("ip-d-link.json");

    @Test
    void aVethThereBeforeDelAndNotAfterIsGone() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            CniResults.expectGone("the veth is gone", LISTED, AFTER_ADD, Captured.hostLinks("ip-d-link.json"));
            assertThat(evidence.attachments()).hasSize(1);
        }
    }

    @Test
    void aVethStillThereIsNotGone() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> CniResults.expectGone("the veth is gone", LISTED,
                    AFTER_ADD, AFTER_ADD))
                    .isInstanceOf(FactViolation.class).hasMessageContaining("still there: [vethc30108be]");
        }
    }

    @Test
    void aVethThatNeverExistedIsNothingToJudge() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> CniResults.expectGone("the veth is gone", LISTED, NEITHER, NEITHER))
                    .isInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("existed before DEL did not hold");
        }
    }
}
