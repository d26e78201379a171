package netspec.kernel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import netspec.evidence.EvidenceRecorder;
import netspec.evidence.FactViolation;
import netspec.evidence.NothingToJudge;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.linux.BridgeVlan;
import netspec.linux.Captured;
import netspec.linux.FdbEntry;
import netspec.linux.KernelJson;
import netspec.shell.CommandResult;

/**
 * The negative facts of the bridge tables carry their positive control, judged on real captured tables
 * (captured/README.md and captured/debian-vm/README.md say how they were captured).
 */
class TableFactsTest {

    /** Learned by br0 on veth1 in bridge-fdb-br0.json (no flags, no state, master br0). */
    private static final String LEARNED = "da:26:48:16:7d:27";

    @Test
    void aMacTheBridgeNeverSawIsNotLearned() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatCode(() -> Fdb.expectNotLearned(fdb("bridge-fdb-br0.json"), "br0", "a station",
                    "02:00:00:00:00:99")).doesNotThrowAnyException();
        }
    }

    @Test
    void aLearnedMacViolatesHasNotLearned() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> Fdb.expectNotLearned(fdb("bridge-fdb-br0.json"), "br0", "a station", LEARNED))
                    .isInstanceOf(FactViolation.class).isNotInstanceOf(NothingToJudge.class)
                    .hasMessageContaining(LEARNED + " on veth1 (learned)");
            assertThatCode(() -> Fdb.expectLearned(fdb("bridge-fdb-br0.json"), "br0", "a station", LEARNED, "veth1"))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void hasNotLearnedOverATableWithoutTheBridgesPortsIsNothingToJudge() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            // the table of a vxlan device, not of a bridge: it cannot show what br0 learned
            assertThatThrownBy(() -> Fdb.expectNotLearned(fdb("bridge-fdb-vx0.json"), "br0", "a station", LEARNED))
                    .isInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("nothing to judge: the table lists br0's own entries for its ports");
        }
    }

    @Test
    void aPortOutOfAVlanIsNoMemberOfIt() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatCode(() -> BridgeVlans.expectNoMember(vlans("debian-vm/bridge-vlan.json"), "veth1", 1))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> BridgeVlans.expectNoMember(vlans("debian-vm/bridge-vlan.json"), "veth1", 10))
                    .isInstanceOf(FactViolation.class).isNotInstanceOf(NothingToJudge.class)
                    .hasMessageContaining("veth1 VLAN 10 PVID untagged");
        }
    }

    @Test
    void noMemberOfAPortTheTableDoesNotListIsNothingToJudge() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            assertThatThrownBy(() -> BridgeVlans.expectNoMember(vlans("debian-vm/bridge-vlan.json"), "veth9", 10))
                    .isInstanceOf(NothingToJudge.class).hasMessageContaining("veth9 has no VLAN at all");
            // a kernel without VLAN filtering prints an empty table: no membership can be judged, either way
            assertThatThrownBy(() -> BridgeVlans.expectNoMember(vlans("bridge-vlan.json"), "veth1", 10))
                    .isInstanceOf(NothingToJudge.class);
            assertThatThrownBy(() -> BridgeVlans.expectUntaggedPvid(vlans("bridge-vlan.json"), "veth1", 1))
                    .isInstanceOf(NothingToJudge.class);
        }
    }

    @Test
    void membershipsAreJudgedPerPortAndVlan() {
        try (EvidenceRecorder evidence = new EvidenceRecorder()) {
            Reading<List<BridgeVlan>> table = vlans("debian-vm/bridge-vlan.json");
            assertThatCode(() -> BridgeVlans.expectTaggedMember(table, "veth3", 10)).doesNotThrowAnyException();
            assertThatCode(() -> BridgeVlans.expectUntaggedPvid(table, "veth3", 20)).doesNotThrowAnyException();
            assertThatThrownBy(() -> BridgeVlans.expectTaggedMember(table, "veth3", 20))
                    .isInstanceOf(FactViolation.class).isNotInstanceOf(NothingToJudge.class);
        }
    }

    private static Reading<List<FdbEntry>> fdb(String name) {
        return captured(name, KernelJson::fdb);
    }

    private static Reading<List<BridgeVlan>> vlans(String name) {
        return captured(name, KernelJson::bridgeVlans);
    }

    private static <T> Reading<T> captured(String name, Function<String, T> parse) {
        String text = Captured.read(name);
        return new Reading<>(Place.HOST, new CommandResult("cat captured/" + name, 0, text, "", Duration.ZERO),
                parse.apply(text));
    }
}
