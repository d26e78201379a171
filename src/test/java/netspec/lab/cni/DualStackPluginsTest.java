package netspec.lab.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DualStackPluginsTest {

    private static final Map<String, String> VALUES = Map.of("cniVersion", "1.1.0", "name", "podnet",
            "subnet", "10.22.0.0/24", "subnet6", "fd00:22::/64", "dataDir", "/run/netspec/cni");

    @Test
    void theReferencePluginGetsOneHostLocalRangePerFamily() {
        NetworkConfig config = NetworkConfig.render(DualStackPlugins.named("bridge").template(), VALUES);
        List<String> subnets = config.json().path("ipam").path("ranges").findValuesAsText("subnet");
        assertThat(subnets).containsExactly("10.22.0.0/24", "fd00:22::/64");
    }

    @Test
    void theBashPluginGetsSubnet6() {
        NetworkConfig config = NetworkConfig.render(DualStackPlugins.named("netspec-bash-cni").template(), VALUES);
        assertThat(config.json().path("subnet6").asText()).isEqualTo("fd00:22::/64");
        assertThat(config.text()).doesNotContain("${");
    }

    @Test
    void aTemplateWithSubnet6IsRefusedWhereTheScenarioHasNoIpv6Subnet() {
        Map<String, String> ipv4Only = Map.of("cniVersion", "1.0.0", "name", "podnet", "subnet", "10.22.0.0/24",
                "dataDir", "/run/netspec/cni");
        assertThatThrownBy(() -> NetworkConfig.render(DualStackPlugins.named("bridge").template(), ipv4Only))
                .hasMessageStartingWith("unknown placeholder ${subnet6}");
    }

    @Test
    void theGcConfigurationListsTheAttachmentsToKeep() {
        NetworkConfig config = NetworkConfig.render(CniPlugins.named("netspec-bash-cni").template(), VALUES)
                .withValidAttachments(List.of("pod2"), "eth0");
        assertThat(config.json().path("cni.dev/valid-attachments").toString())
                .isEqualTo("[{\"containerID\":\"pod2\",\"ifname\":\"eth0\"}]");
    }

    @Test
    void pluginsWithoutADualStackTemplateAreRefusedByName() {
        assertThatThrownBy(() -> DualStackPlugins.named("plugin-under-test"))
                .hasMessageContaining("use bridge or netspec-bash-cni");
    }
}
