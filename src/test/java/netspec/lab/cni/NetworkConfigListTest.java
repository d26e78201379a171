package netspec.lab.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import netspec.cni.CniJson;
import org.junit.jupiter.api.Test;

class NetworkConfigListTest {

    private static final Map<String, String> VALUES = Map.of("cniVersion", "1.0.0", "name", "podnet",
            "subnet", "10.22.0.0/24", "dataDir", "/run/netspec/cni");

    private static NetworkConfigList bridgeChain() {
        return NetworkConfigList.render(NetworkLists.named(NetworkLists.BRIDGE_CHAIN).template(), VALUES);
    }

    @Test
    void theBundledListChainsTheReferencePluginsInOrderAndDeletesInReverse() {
        NetworkConfigList list = bridgeChain();
        assertThat(list.types()).containsExactly("bridge", "tuning", "portmap", "bandwidth", "firewall");
        assertThat(list.addOrder()).containsExactly(0, 1, 2, 3, 4);
        assertThat(list.deleteOrder()).containsExactly(4, 3, 2, 1, 0);
        assertThat(list.cniVersion()).isEqualTo("1.0.0");
    }

    @Test
    void aPluginGetsTheListsNameAndVersionThePreviousResultAndOnlyTheRuntimeArgumentsItDeclares() {
        JsonNode previous = CniJson.tree("{\"cniVersion\":\"1.0.0\",\"interfaces\":[]}", "a result");
        JsonNode ports = CniJson.tree("{\"m\":[{\"hostPort\":8080,\"containerPort\":80,\"protocol\":\"tcp\"}]}", "ports")
                .get("m");
        JsonNode mac = CniJson.mapper().getNodeFactory().textNode("02:00:0a:16:00:99");
        Map<String, JsonNode> arguments = Map.of("portMappings", ports, "mac", mac);

        JsonNode portmap = bridgeChain().pluginConfig(2, Optional.of(previous), arguments).json();
        assertThat(portmap.path("type").asText()).isEqualTo("portmap");
        assertThat(portmap.path("name").asText()).isEqualTo("podnet");
        assertThat(portmap.path("cniVersion").asText()).isEqualTo("1.0.0");
        assertThat(portmap.path("prevResult")).isEqualTo(previous);
        assertThat(portmap.path("runtimeConfig").path("portMappings")).isEqualTo(ports);
        assertThat(portmap.path("runtimeConfig").has("mac")).isFalse();

        JsonNode tuning = bridgeChain().pluginConfig(1, Optional.of(previous), arguments).json();
        assertThat(tuning.path("runtimeConfig").path("mac").asText()).isEqualTo("02:00:0a:16:00:99");

        JsonNode bridge = bridgeChain().pluginConfig(0, Optional.empty(), arguments).json();
        assertThat(bridge.has("prevResult")).isFalse();
        assertThat(bridge.has("runtimeConfig")).isFalse();
        assertThat(bridge.path("ipam").path("subnet").asText()).isEqualTo("10.22.0.0/24");
    }

    @Test
    void aListWithoutPluginsOrAPluginWithoutTypeIsRefused() {
        assertThatThrownBy(() -> NetworkConfigList.render("{\"cniVersion\":\"1.0.0\",\"name\":\"n\",\"plugins\":[]}",
                VALUES)).hasMessageContaining("non-empty array \"plugins\"");
        assertThatThrownBy(() -> NetworkConfigList.render(
                "{\"cniVersion\":\"1.0.0\",\"name\":\"n\",\"plugins\":[{\"bridge\":\"cni0\"}]}", VALUES))
                .hasMessageContaining("needs a string \"type\"");
        assertThat(NetworkConfigList.isList(NetworkLists.named(NetworkLists.BRIDGE_CHAIN).template())).isTrue();
    }

    @Test
    void anUnknownListNameIsRefused() {
        assertThatThrownBy(() -> NetworkLists.named("flannel-chain")).hasMessageContaining("bridge-chain");
    }
}
