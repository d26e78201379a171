package netspec.evidence.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VxlanOptionsTest {

    @Test
    void turnsTheStepsWordsIntoTheIpCommand() {
        VxlanOptions options = VxlanOptions.parse("VNI 42, remote 10.0.0.2, device eth0, port 4789 and learning off");
        assertThat(String.join(" ", options.ipLinkAdd(new InterfaceName("vx0"))))
                .isEqualTo("ip link add vx0 type vxlan id 42 remote 10.0.0.2 dev eth0 dstport 4789 nolearning");
    }

    @Test
    void leavesWhatIsNotSaidToTheKernelAndPutsTheMtuBeforeTheType() {
        assertThat(String.join(" ", VxlanOptions.parse("VNI 7").ipLinkAdd(new InterfaceName("vx1"))))
                .isEqualTo("ip link add vx1 type vxlan id 7");
        assertThat(String.join(" ", VxlanOptions.parse("VNI 7, local fd00::1 and mtu 1600")
                .ipLinkAdd(new InterfaceName("vx1"))))
                .isEqualTo("ip link add vx1 mtu 1600 type vxlan id 7 local fd00::1");
    }

    @Test
    void letsAVniPastTwentyFourBitsThroughOnlyToBeRefused() {
        VxlanOptions tooLarge = VxlanOptions.parse("VNI 16777216 and port 4789");
        assertThat(tooLarge.vni()).isEqualTo(16777216L);
        assertThatThrownBy(tooLarge::requireValidVni).isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining("a VNI has 24 bits (0 to 16777215)")
                .hasMessageContaining("When a vxlan ... is created with VNI 16777216");
        assertThat(VxlanOptions.parse("VNI 16777215").requireValidVni().vni()).isEqualTo(16777215L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "remote 10.0.0.2|'remote 10.0.0.2' is not understood",
            "VNI x|VNI 'x' is not a number from 0 to 4294967295",
            "VNI 4294967296|VNI '4294967296' is not a number",
            "VNI 1, port 65536|port '65536' is not a number from 0 to 65535",
            "VNI 1, remote 10.0.0.300|IP address '10.0.0.300' is invalid",
            "VNI 1, device eth0;reboot|contains ';'",
            "VNI 1 and learning maybe|learning is 'on' or 'off'",
            "VNI 1, via 10.0.0.2|'via 10.0.0.2' is not understood",
    })
    void refusesBadSettingsNamingTheRule(String text, String rule) {
        assertThatThrownBy(() -> VxlanOptions.parse(text)).isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining(rule);
    }
}
