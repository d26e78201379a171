package netspec.cni;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import netspec.linux.Captured;
import org.junit.jupiter.api.Test;

/** The results Debian's chained plugins returned, one after the other (captured/cni/capture-chain.sh). */
class ResultChangesTest {

    private static JsonNode after(String type) {
        return CniJson.tree(Captured.read("cni/chain-add-pod1-" + type + ".json"), type);
    }

    @Test
    void tuningChangesOnlyTheMacOfThePodsInterface() {
        ResultChanges changes = ResultChanges.of("tuning", "eth0", after("bridge"), after("tuning"));
        assertThat(changes.changes()).extracting(ResultChanges.Change::path).containsExactly("/interfaces/2/mac");
        assertThat(changes.changes().get(0).after().asText()).isEqualTo("02:00:0a:16:00:99");
        assertThat(changes.onlyOwn()).isTrue();
    }

    @Test
    void bandwidthAppendsItsIfbDeviceOnTheHost() {
        ResultChanges changes = ResultChanges.of("bandwidth", "eth0", after("portmap"), after("bandwidth"));
        assertThat(changes.changes()).extracting(ResultChanges.Change::path).containsExactly("/interfaces/3");
        assertThat(changes.changes().get(0).after().path("name").asText()).isEqualTo("bwp9529d4a22b89");
        assertThat(changes.onlyOwn()).isTrue();
    }

    @Test
    void portmapAndFirewallPassTheResultThroughUnchanged() {
        assertThat(ResultChanges.of("portmap", "eth0", after("tuning"), after("portmap")).changes()).isEmpty();
        assertThat(ResultChanges.of("firewall", "eth0", after("bandwidth"), after("firewall")).changes()).isEmpty();
    }

    @Test
    void aChangeThatIsNotThePluginsOwnIsForeign() {
        // the MAC tuning set, seen as portmap's change: not portmap's to make
        ResultChanges changes = ResultChanges.of("portmap", "eth0", after("bridge"), after("tuning"));
        assertThat(changes.onlyOwn()).isFalse();
        assertThat(changes.foreign()).extracting(ResultChanges.Change::path).containsExactly("/interfaces/2/mac");
    }

    @Test
    void tuningMayNotTouchAnotherInterfaceNorDropAnAddress() {
        ObjectNode changed = after("tuning").deepCopy();
        ((ObjectNode) changed.path("interfaces").get(1)).put("mac", "02:00:00:00:00:01");
        changed.remove("ips");
        ResultChanges changes = ResultChanges.of("tuning", "eth0", after("bridge"), changed);
        assertThat(changes.foreign()).extracting(ResultChanges.Change::path)
                .containsExactlyInAnyOrder("/interfaces/1/mac", "/ips");
        assertThat(changes.foreign()).filteredOn(c -> c.path().equals("/ips")).first()
                .satisfies(c -> assertThat(c.toString()).startsWith("/ips removed: "));
    }

    @Test
    void bandwidthMayNotAddAnInterfaceInThePod() {
        ObjectNode changed = after("bandwidth").deepCopy();
        ((ObjectNode) changed.path("interfaces").get(3)).put("sandbox", "/run/netns/pod1");
        assertThat(ResultChanges.of("bandwidth", "eth0", after("portmap"), changed).onlyOwn()).isFalse();
    }
}
