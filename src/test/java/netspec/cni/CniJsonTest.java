package netspec.cni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import netspec.linux.Captured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CniJsonTest {

    private static String captured(String name) {
        return Captured.read("cni/" + name);
    }

    @Test
    void referenceBridgeResultListsBridgeHostVethAndThePodsInterface() {
        CniResult result = CniJson.result(captured("bridge-add-1.0.0.json"));
        assertThat(result.cniVersion()).isEqualTo("1.0.0");
        assertThat(result.interfaces()).extracting(CniResult.Interface::name)
                .containsExactly("cni0", "veth81ef3b36", "eth0");
        assertThat(result.hostInterfaces()).extracting(CniResult.Interface::name).containsExactly("cni0", "veth81ef3b36");
        CniResult.Interface eth0 = result.sandboxInterfaces().get(0);
        assertThat(eth0.sandbox()).isEqualTo("/run/netns/pod1");
        assertThat(eth0.mac()).isEqualTo("ae:cb:ed:30:8a:71");
        CniResult.IpConfig ip = result.ips().get(0);
        assertThat(ip.address()).isEqualTo("10.22.0.2/16");
        assertThat(ip.ip()).isEqualTo("10.22.0.2");
        assertThat(ip.version()).isNull();
        assertThat(result.interfaceOf(ip)).contains(eth0);
        assertThat(result.defaultGateway()).contains("10.22.0.1");
        assertThat(result.routes()).containsExactly(new CniResult.RouteConfig("0.0.0.0/0", null));
    }

    @Test
    void resultsBefore1_0_0NameTheIpVersion() {
        assertThat(CniJson.result(captured("bridge-add-0.4.0.json")).ips().get(0).version()).isEqualTo("4");
        assertThat(CniJson.result(captured("bash-add-0.4.0.json")).ips().get(0).version()).isEqualTo("4");
        assertThat(CniJson.result(captured("bash-add-1.0.0.json")).ips().get(0).version()).isNull();
    }

    @Test
    void bashPluginResultNamesTheGatewayOfItsRoute() {
        CniResult result = CniJson.result(captured("bash-add-1.0.0.json"));
        assertThat(result.routes()).containsExactly(new CniResult.RouteConfig("0.0.0.0/0", "10.244.1.1"));
        assertThat(result.ips().get(0).address()).isEqualTo("10.244.1.2/24");
        assertThat(result.dns().nameservers()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bridge-version.json", "bash-version.json"})
    void versionAnswersListTheSupportedVersions(String file) {
        CniVersionInfo info = CniJson.versionInfo(captured(file));
        assertThat(info.cniVersion()).isEqualTo("1.0.0");
        assertThat(info.supportedVersions()).contains("0.3.1", "0.4.0", "1.0.0");
    }

    @ParameterizedTest
    @CsvSource({
            "bridge-error-unknown-command.json, 4, CNI_COMMAND",
            "bash-error-unknown-command.json, 4, CNI_COMMAND",
            "bridge-error-missing-netns.json, 4, CNI_NETNS",
            "bash-error-missing-netns.json, 4, CNI_NETNS",
            "bridge-error-malformed-config.json, 6, unexpected end of JSON input",
            "bash-error-malformed-config.json, 6, decode",
            "bridge-error-incompatible-version.json, 1, incompatible",
            "bash-error-incompatible-version.json, 1, incompatible",
            "bridge-error-check.json, 999, Failed to match addr",
    })
    void errorsCarryTheSpecificationsCode(String file, int code, String inMessage) {
        CniError error = CniJson.error(captured(file));
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.msg()).contains(inMessage);
        assertThat(error.isPluginSpecific()).isEqualTo(code >= 100);
        assertThat(new CniAnswer(1, captured(file)).failedWith(code)).isTrue();
    }

    @Test
    void referencePluginLeavesCniVersionOutOfItsErrorsTheBashPluginDoesNot() {
        assertThat(CniJson.error(captured("bridge-error-unknown-command.json")).cniVersion()).isNull();
        assertThat(CniJson.error(captured("bash-error-unknown-command.json")).cniVersion()).isEqualTo("1.0.0");
        assertThat(CniJson.error(captured("bridge-error-incompatible-version.json")).details())
                .startsWith("config is \"99.0.0\"");
    }

    @Test
    void delPrintsNothingAndThatIsSuccess() {
        CniAnswer del = new CniAnswer(0, captured("bridge-del.json"));
        assertThat(del.succeeded()).isTrue();
        assertThat(del.error()).isEmpty();
        assertThat(del.describe()).isEqualTo("exit 0, nothing on stdout");
    }

    @Test
    void aFailureWithoutErrorJsonIsNotTheSpecificationsError() {
        CniAnswer answer = new CniAnswer(1, "Unknown cni command: FLY\n");
        assertThat(answer.error()).isEmpty();
        assertThat(answer.failedWith(4)).isFalse();
        assertThat(answer.describe()).startsWith("exit 1, but stdout is not the specification's error JSON");
    }

    @Test
    void aSuccessfulExitIsNotAFailureEvenWithErrorJson() {
        assertThat(new CniAnswer(0, captured("bridge-error-check.json")).failedWith(999)).isFalse();
    }

    @Test
    void refusesAnswersWithoutTheRequiredFields() {
        assertThatThrownBy(() -> CniJson.error("{\"code\": \"4\", \"msg\": \"x\"}"))
                .hasMessageStartingWith("a CNI error needs an integer \"code\"");
        assertThatThrownBy(() -> CniJson.result("{\"interfaces\": []}"))
                .hasMessageStartingWith("an ADD result needs a string \"cniVersion\"");
        assertThatThrownBy(() -> CniJson.versionInfo("{\"cniVersion\": \"1.0.0\", \"supportedVersions\": \"1.0.0\"}"))
                .hasMessageContaining("a list of strings");
        assertThatThrownBy(() -> CniJson.result(captured("bridge-add-1.0.0.json") + captured("bridge-add-0.4.0.json")))
                .hasMessageStartingWith("expected an ADD result as JSON");
        assertThatThrownBy(() -> CniJson.result("")).hasMessage("expected an ADD result as JSON, got nothing");
    }
}
