package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bridge -j vlan show} as Debian bookworm's kernel and iproute2 print it (captured/debian-vm). */
class BridgeVlanTest {

    private static List<BridgeVlan> read(String name) {
        return KernelJson.bridgeVlans(Captured.read("debian-vm/" + name));
    }

    @Test
    void everyNewPortAndTheBridgeItselfAreUntaggedMembersOfVlan1AsTheirPvid() {
        assertThat(read("bridge-vlan-default.json")).containsExactly(
                new BridgeVlan("br0", 1, true, true),
                new BridgeVlan("veth1", 1, true, true),
                new BridgeVlan("veth2", 1, true, true),
                new BridgeVlan("veth3", 1, true, true));
    }

    @Test
    void accessPortsTrunkMembershipAndARangeAreOneEntryPerPortAndVlan() {
        List<BridgeVlan> table = read("bridge-vlan.json");
        // veth1: vid 10 pvid untagged, then vid 1 deleted
        assertThat(table).filteredOn(v -> v.port().equals("veth1")).containsExactly(new BridgeVlan("veth1", 10, true, true));
        // veth2 keeps VLAN 1 untagged but no longer as its PVID
        assertThat(table).filteredOn(v -> v.port().equals("veth2")).containsExactly(
                new BridgeVlan("veth2", 1, false, true), new BridgeVlan("veth2", 10, true, true));
        // veth3: VLAN 10 tagged (no flags printed), VLAN 20 its PVID
        assertThat(table).contains(new BridgeVlan("veth3", 10, false, false), new BridgeVlan("veth3", 20, true, true));
        assertThat(table).filteredOn(v -> v.port().equals("veth4") && v.isTagged()).extracting(BridgeVlan::vid)
                .containsExactly(100, 101, 102);
    }

    @Test
    void aCompressedRangeIsExpandedToTheSameTable() {
        assertThat(read("bridge-vlan-compressed.json")).isEqualTo(read("bridge-vlan.json"));
    }

    @Test
    void oneDevice() {
        assertThat(read("bridge-vlan-dev-veth1.json")).containsExactly(new BridgeVlan("veth1", 10, true, true));
    }

    @Test
    void aKernelWithoutVlanFilteringPrintsAnEmptyTable() {
        assertThat(KernelJson.bridgeVlans(Captured.read("bridge-vlan.json"))).isEmpty();
    }

    @Test
    void printsLikeTheTable() {
        assertThat(new BridgeVlan("veth3", 10, false, false)).hasToString("veth3 VLAN 10 tagged");
        assertThat(new BridgeVlan("veth1", 10, true, true)).hasToString("veth1 VLAN 10 PVID untagged");
    }

    @Test
    void somethingElseIsNotReadAsAnEmptyTable() {
        assertThatThrownBy(() -> KernelJson.bridgeVlans("{\"ifname\":\"veth1\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bridge VLANs");
    }
}
