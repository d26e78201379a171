package netspec.lab.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import netspec.cni.CniJson;
import netspec.linux.Captured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkConfigTest {

    private static final Map<String, String> VALUES = Map.of("cniVersion", "0.4.0", "name", "podnet",
            "subnet", "10.22.0.0/24", "dataDir", "/run/netspec/cni");

    @Test
    void fillsInTheReferencePluginsTemplate() {
        NetworkConfig config = NetworkConfig.render(CniPlugins.named("bridge").template(), VALUES);
        assertThat(config.cniVersion()).isEqualTo("0.4.0");
        assertThat(config.json().path("ipam").path("subnet").asText()).isEqualTo("10.22.0.0/24");
        assertThat(config.json().path("ipam").path("dataDir").asText()).isEqualTo("/run/netspec/cni");
        assertThat(config.text()).contains("\"type\" : \"host-local\"");
    }

    @Test
    void fillsInTheBashPluginsTemplate() {
        NetworkConfig config = NetworkConfig.render(CniPlugins.named("netspec-bash-cni").template(), VALUES);
        assertThat(config.json().path("type").asText()).isEqualTo("netspec-bash-cni");
        assertThat(config.json().path("subnet").asText()).isEqualTo("10.22.0.0/24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bridge", "ptp", "macvlan", "ipvlan", "vlan", "host-device"})
    void everyReferencePluginHasATemplateNamingItsType(String plugin) {
        Map<String, String> values = new java.util.HashMap<>(VALUES);
        values.putAll(Map.of("master", "up0", "device", "dev0"));
        NetworkConfig config = NetworkConfig.render(CniPlugins.named(plugin).template(), values);
        assertThat(config.json().path("type").asText()).isEqualTo(plugin);
        assertThat(config.json().path("ipam").path("subnet").asText()).isEqualTo("10.22.0.0/24");
        assertThat(CniPlugins.named(plugin).binary()).isEqualTo("/usr/lib/cni/" + plugin);
    }

    @Test
    void theMasterBasedTemplatesNameTheirParentAndHostDeviceItsDevice() {
        assertThat(NetworkConfig.placeholders(CniPlugins.named("macvlan").template()))
                .containsExactly("cniVersion", "name", "master", "subnet", "dataDir");
        assertThat(NetworkConfig.placeholders(CniPlugins.named("vlan").template())).contains("master");
        assertThat(NetworkConfig.placeholders(CniPlugins.named("host-device").template()))
                .contains("device").doesNotContain("master");
        assertThat(NetworkConfig.placeholders(CniPlugins.named("bridge").template()))
                .doesNotContain("master", "device");
    }

    @Test
    void refusesPlaceholdersNobodyFillsIn() {
        assertThatThrownBy(() -> NetworkConfig.render("{\"mtu\": ${mtu}}", VALUES))
                .hasMessageStartingWith("unknown placeholder ${mtu}");
    }

    @Test
    void refusesATemplateThatIsNoJsonObjectOnceFilledIn() {
        assertThatThrownBy(() -> NetworkConfig.render("[\"${name}\"]", VALUES))
                .hasMessageContaining("expected a network configuration as a JSON object");
    }

    @Test
    void checkCarriesTheResultOfAddAsPrevResult() {
        NetworkConfig config = NetworkConfig.render(CniPlugins.named("bridge").template(), VALUES);
        NetworkConfig check = config.withPrevResult(CniJson.tree(Captured.read("cni/bridge-add-0.4.0.json"), "a result"));
        assertThat(check.json().path("prevResult").path("ips").get(0).path("address").asText()).isEqualTo("10.22.0.3/16");
        assertThat(config.json().has("prevResult")).isFalse();
    }

    @Test
    void theTruncatedTextIsNoJson() {
        NetworkConfig config = NetworkConfig.render(CniPlugins.named("bridge").template(), VALUES);
        assertThatThrownBy(() -> CniJson.tree(config.truncatedText(), "a configuration"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownPluginsAreRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> CniPlugins.named("flannel"))
                .hasMessageContaining("use one of bridge, ptp, macvlan, ipvlan, vlan, host-device, netspec-bash-cni"
                        + " or plugin-under-test");
    }

    @Test
    void withoutAPluginUnderTestItsProbeSaysWhatToSet() {
        assumeTrue(System.getProperty("netspec.cni.plugin") == null && System.getenv("NETSPEC_CNI_PLUGIN") == null,
                "a plugin under test is named");
        assertThat(netspec.capability.Capability.CNI_PLUGIN_UNDER_TEST.probe()).contains("set -Dnetspec.cni.plugin=").endsWith("false");
    }
}
