package netspec.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import netspec.cni.ResultAgainstKernel.Claim;
import netspec.cni.ResultAgainstKernel.Side;
import netspec.evidence.EvidenceRecorder;
import netspec.evidence.FactViolation;
import netspec.evidence.NothingToJudge;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.shell.CommandResult;

/**
 * The vacuity rules for a plugin's answer, judged on captured answers and kernel state (captured/cni): a result
 * that lists nothing is nothing to judge, for the fact and for its negative twin; a result that lists items
 * matches the kernel it was captured with, and stops matching once the address is gone; an own error code is
 * told apart from a well-known one.
 */
class CniVacuityTest {

    /** The claims of an answer, in a reading whose transcript is the answer itself. */
    private static Reading<List<Claim>> claims(String answerFile, Side pod) {
        String answer = CapturedAdd.read(answerFile);
        List<Claim> claims = new ResultAgainstKernel(CniJson.result(answer), "/run/netns/pod1", CapturedAdd.HOST, pod).claims();
        return new Reading<>(Place.HOST, new CommandResult("CNI_COMMAND=ADD plugin", 0, answer, "", Duration.ZERO),
                claims);
    }

    @Test
    void aResultThatListsNothingDoesNotMatchTheKernelItIsNothingToJudge() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> ResultAgainstKernel.expectMatch("the result matches the kernel",
                    claims("noop-add-result.json", CapturedAdd.POD)))
                    .isInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("nothing to judge: the reading was empty");
            assertThat(evidence.attachments()).singleElement()
                    .satisfies(a -> assertThat(a.content()).contains("{\"cniVersion\":\"1.0.0\"}"));
        }
    }

    @Test
    void norDoesItNotMatch() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> ResultAgainstKernel.expectMismatch("the result does not match the kernel",
                    claims("noop-add-result.json", CapturedAdd.POD_WITHOUT_ADDRESS)))
                    .isInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("the result lists at least one item did not hold");
        }
    }

    @Test
    void theReferenceResultMatchesTheKernelItLeftAndItsMismatchFails() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            ResultAgainstKernel.expectMatch("the result matches the kernel", claims("kernel-add-result.json", CapturedAdd.POD));
            assertThatThrownBy(() -> ResultAgainstKernel.expectMismatch("the result does not match the kernel",
                    claims("kernel-add-result.json", CapturedAdd.POD)))
                    .isInstanceOf(FactViolation.class).isNotInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("every item is in the kernel");
        }
    }

    @Test
    void onceTheAddressIsGoneTheResultNoLongerMatches() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            ResultAgainstKernel.expectMismatch("the result does not match the kernel",
                    claims("kernel-add-result.json", CapturedAdd.POD_WITHOUT_ADDRESS));
            assertThatThrownBy(() -> ResultAgainstKernel.expectMatch("the result matches the kernel",
                    claims("kernel-add-result.json", CapturedAdd.POD_WITHOUT_ADDRESS)))
                    .isInstanceOf(FactViolation.class)
                    .hasMessageContaining("address 10.22.0.2/16 on eth0 in pod1");
        }
    }

    @Test
    void aFailedCheckUsesACodeOfItsOwnAMissingVariableAWellKnownOne() {
        assertThat(CniJson.error(CapturedAdd.read("bridge-error-check.json")).isPluginSpecific()).isTrue();
        assertThat(CniJson.error(CapturedAdd.read("bridge-error-missing-netns.json")).isPluginSpecific()).isFalse();
        assertThat(CniJson.error(CapturedAdd.read("bash-error-missing-netns.json")).code()).isEqualTo(CniError.INVALID_ENVIRONMENT);
    }
}
