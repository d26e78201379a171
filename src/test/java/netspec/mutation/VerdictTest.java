package netspec.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final SourceScenario SCENARIO = new SourceScenario("features/x.feature:5", "features/x.feature",
            "X", "a scenario", List.of(), List.of(
                    new SourceScenario.Step("When", "ns1 pings 10.0.0.2", 6, false, List.of()),
                    new SourceScenario.Step("Then", "the ping gets replies", 7, true, List.of())),
            5, 7, List.of("# mutant survives: Then the ping gets no reply because a test says so"));
    private static final Mutant MUTANT = new Mutant("m0001", SCENARIO, 1, "negation", "the ping gets no reply");

    private static Optional<String[]> row(String status, String step, String error) {
        return Optional.of(new String[] {"m0001", status, step, error, "the first line"});
    }

    @Test
    void killedOnlyWhenItsOwnChangedStepFailed() {
        assertThat(Verdict.of(MUTANT, row("FAILED", "the ping gets no reply", "netspec.evidence.FactViolation"))
                .outcome()).isEqualTo(Verdict.Outcome.KILLED);
        assertThat(Verdict.of(MUTANT, row("FAILED", "ns1 pings 10.0.0.2", "netspec.lab.StepFailure")).outcome())
                .isEqualTo(Verdict.Outcome.NOT_RUN);
        assertThat(Verdict.of(MUTANT, row("FAILED", "the ping gets no reply",
                "netspec.evidence.args.InvalidStepArgument")).outcome()).isEqualTo(Verdict.Outcome.NOT_RUN);
    }

    @Test
    void skippedOrMissingIsNotRunAndPassedSurvivesUnlessAccepted() {
        assertThat(Verdict.of(MUTANT, row("SKIPPED", "(hook)", "")).outcome()).isEqualTo(Verdict.Outcome.NOT_RUN);
        assertThat(Verdict.of(MUTANT, Optional.empty()).outcome()).isEqualTo(Verdict.Outcome.NOT_RUN);
        assertThat(Verdict.of(MUTANT, row("UNSETTLED", "the ping gets replies", "")).outcome())
                .as("its original step failed after it: the kernel did not hold still").isEqualTo(Verdict.Outcome.NOT_RUN);
        Verdict passed = Verdict.of(MUTANT, row("PASSED", "", ""));
        assertThat(passed.outcome()).isEqualTo(Verdict.Outcome.ACCEPTED);
        assertThat(passed.detail()).isEqualTo("a test says so");
        Mutant other = new Mutant("m0002", SCENARIO, 1, "negation", "the connection is refused");
        assertThat(Verdict.of(other, row("PASSED", "", "")).outcome()).isEqualTo(Verdict.Outcome.SURVIVED);
    }

    @Test
    void theClosingLineCountsSurvivorsAcceptedOrNotAndLeavesOutWhatDidNotRun() {
        Mutant other = new Mutant("m0002", SCENARIO, 1, "negation", "the connection is refused");
        String summary = MutationTable.summary(List.of(
                Verdict.of(MUTANT, row("PASSED", "", "")),
                Verdict.of(other, row("PASSED", "", "")),
                Verdict.of(other, row("FAILED", "the connection is refused", "netspec.evidence.FactViolation")),
                Verdict.of(other, row("SKIPPED", "(hook)", ""))), 1500);
        assertThat(summary.lines().toList()).last().isEqualTo("3 mutants, 1 killed, 2 survived");
        assertThat(summary).contains("SURVIVED", "ACCEPTED", "1 mutants did not run");
    }
}
