package netspec.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutantMakerTest {

    private static final String FEATURE = """
            @bridge
            Feature: Linux bridge

              Background:
                Given a bridge br0
                And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
                And a namespace ns2 plugged into br0 through veth2, with eth0 at 10.0.0.2/24

              Scenario: The bridge learns each MAC address on the port it came from
                When ns1 pings 10.0.0.2
                Then the ping gets replies
                And br0 has learned the MAC address of eth0 in ns1 on port veth1
                # mutant survives: And veth1 has learned the MAC address of eth0 in ns1 on port veth1 because a test says so

              Scenario: Every port is promiscuous, the bridge is not
                Then veth1 is in promiscuous mode
                And veth2 is in promiscuous mode
                But br0 is not in promiscuous mode

              Scenario: Flooding
                Given a capture on veth2
                And a capture on eth0 in ns2
                When ns1 pings 10.0.0.2
                Then the capture on veth2 shows ICMP from 10.0.0.1

              Scenario Outline: MTU
                Given veth1 has MTU <mtu>
                Then the MTU of veth1 is <mtu>

                Examples:
                  | mtu  |
                  | 1400 |
                  | 9000 |
            """;

    private static GlueSteps glue;

    @TempDir
    static Path dir;
    private static List<SourceScenario> scenarios;

    @BeforeAll
    static void read() throws IOException {
        glue = GlueSteps.of("netspec.steps");
        Path file = dir.resolve("bridge.feature");
        Files.writeString(file, FEATURE);
        scenarios = FeatureFiles.readFile(file);
    }

    @Test
    void everyScenarioAsItRunsWithTheBackgroundFirstAndAnOutlinePerRow() {
        assertThat(scenarios).extracting(s -> s.key().replaceFirst(".*:", "")).containsExactly("9", "15", "20", "32", "33");
        SourceScenario first = scenarios.get(0);
        assertThat(first.steps()).hasSize(6);
        assertThat(first.steps().get(0).text()).isEqualTo("a bridge br0");
        assertThat(first.steps()).extracting(SourceScenario.Step::outcome)
                .containsExactly(false, false, false, false, true, true);
        assertThat(first.tags()).containsExactly("@bridge");
        assertThat(first.comments()).hasSize(1);
        assertThat(scenarios.get(4).steps().get(4).text()).isEqualTo("the MTU of veth1 is 9000");
    }

    @Test
    void theGluesOwnExpressionsGiveEachArgumentItsType() {
        List<StepMatch> matches = glue.matches("br0 has learned the MAC address of eth0 in ns1 on port veth1");
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).args()).extracting(StepMatch.Arg::type).containsExactly("link", "link", "iface");
        assertThat(matches.get(0).args()).extracting(StepMatch.Arg::value).containsExactly("br0", "eth0 in ns1", "veth1");
        assertThat(glue.matches("br0 has learned nothing at all")).isEmpty();
    }

    @Test
    void argumentsTakeOtherNamesOfTheScenarioAndStepsTheirNegatedTwin() {
        MutantMaker maker = MutantMaker.of(glue, scenarios);
        List<String> texts = maker.mutants(scenarios.get(0), 1).stream().map(Mutant::mutated).toList();
        assertThat(texts).contains(
                "the ping gets no reply",
                "veth1 has learned the MAC address of eth0 in ns1 on port veth1",
                "br0 has learned the MAC address of eth0 in ns1 on port br0",
                "br0 has not learned the MAC address of eth0 in ns1");
        assertThat(texts).allSatisfy(t -> assertThat(glue.matches(t)).hasSize(1));
        assertThat(texts).noneMatch(t -> t.startsWith("a ") || t.startsWith("ns1 pings"));
    }

    @Test
    void isAndIsNotAreTwinsAndACountBecomesAnotherCount() {
        MutantMaker maker = MutantMaker.of(glue, scenarios);
        assertThat(maker.mutants(scenarios.get(1), 1)).extracting(Mutant::mutated).contains(
                "veth1 is not in promiscuous mode", "br0 is in promiscuous mode")
                .as("another claim of the same scenario is no mutant").doesNotContain("veth2 is in promiscuous mode");
        assertThat(maker.mutants(scenarios.get(3), 1)).extracting(Mutant::mutated, Mutant::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("the MTU of veth1 is 1401", "int"));
    }

    @Test
    void aCaptureIsReplacedOnlyByAnotherCaptureOfTheScenario() {
        List<Mutant> mutants = MutantMaker.of(glue, scenarios).mutants(scenarios.get(2), 1);
        assertThat(mutants).extracting(Mutant::mutated).containsExactlyInAnyOrder(
                "the capture on eth0 in ns2 shows ICMP from 10.0.0.1",
                "the capture on veth2 shows ICMP from 10.0.0.2",
                "the capture on veth2 shows no ICMP from 10.0.0.1");
    }

    @Test
    void aMutantFileHoldsTheStepsUpToTheChangedOneWithTheTags() {
        Mutant mutant = MutantMaker.of(glue, scenarios).mutants(scenarios.get(0), 7).get(0);
        List<String> lines = MutantFiles.featureText(mutant);
        assertThat(mutant.id()).isEqualTo("m0007");
        assertThat(lines).contains("  @bridge", "    Then the ping gets no reply");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("    Then the ping gets no reply");
    }

    @Test
    void theMutantsOfAScenarioRunTogetherEachAfterItsOwnStepButAnotherCaptureRunsAlone() {
        List<Mutant> mutants = MutantMaker.of(glue, scenarios).mutants(scenarios.get(0), 1);
        List<String> lines = MutantFiles.featureText(mutants);
        String ofThePing = mutants.stream().filter(m -> m.step() == 4).map(Mutant::id)
                .reduce((a, b) -> a + " " + b).orElseThrow();
        assertThat(lines).containsSubsequence("    When ns1 pings 10.0.0.2",
                "    * " + ChangedSteps.STEP + ofThePing,
                "    Then the ping gets replies",
                "    And br0 has learned the MAC address of eth0 in ns1 on port veth1");
        assertThat(lines.get(lines.size() - 2)).startsWith("    * " + ChangedSteps.STEP);
        assertThat(ChangedSteps.idsIn(lines.get(lines.size() - 2).strip().substring(2))).isNotEmpty()
                .allMatch(id -> id.matches("m\\d{4}"));
        assertThat(MutantFiles.runsWithOthers(mutants.get(0))).isTrue();
        assertThat(MutantMaker.of(glue, scenarios).mutants(scenarios.get(2), 1))
                .filteredOn(m -> m.kind().equals("observer")).isNotEmpty()
                .noneMatch(MutantFiles::runsWithOthers);
    }

    @Test
    void anAbsenceWithAPositiveTwinIsMutatedOnlyIntoItsTwin() {
        List<Mutant> ofPromiscuity = MutantMaker.of(glue, scenarios).mutants(scenarios.get(1), 1);
        assertThat(ofPromiscuity).filteredOn(m -> m.original().text().equals("br0 is not in promiscuous mode"))
                .extracting(Mutant::mutated).containsExactly("br0 is in promiscuous mode");
        assertThat(Negations.isNegative("{link} has no master")).isTrue();
        assertThat(Negations.isNegative("{link} and {link} have different MAC addresses")).isTrue();
        assertThat(Negations.isNegative(
                "{link} is a layer-3 device: link type none, no MAC address, flags POINTOPOINT and NOARP")).isFalse();
        assertThat(Negations.isNegative("{link} is in promiscuous mode")).isFalse();
    }

    @Test
    void aLowerBoundIsMultipliedNotIncremented() {
        StepMatch match = glue.matches("veth3 has transmitted at least 20 frames since counting began").get(0);
        int count = match.args().size() - 1;
        assertThat(new Replacements(java.util.Map.of()).of(match, count, ScenarioNames.of(scenarios.get(0), glue)))
                .extracting(Replacements.Replacement::value).containsExactly("200");
    }

    @Test
    void aSurvivorIsAcceptedOnlyByACommentNamingItAndSayingWhy() {
        List<Mutant> mutants = MutantMaker.of(glue, scenarios).mutants(scenarios.get(0), 1);
        Mutant named = mutants.stream()
                .filter(m -> m.mutated().equals("veth1 has learned the MAC address of eth0 in ns1 on port veth1"))
                .findFirst().orElseThrow();
        assertThat(AcceptedSurvivors.reason(named)).contains("a test says so");
        assertThat(AcceptedSurvivors.reason(mutants.get(0))).isEmpty();
    }
}
