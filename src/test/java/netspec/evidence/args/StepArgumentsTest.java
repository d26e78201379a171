package netspec.evidence.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StepArgumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"br0", "veth-a", "eth0.10", "a_b", "fifteen-chars15"})
    void acceptsKernelInterfaceNames(String name) {
        assertThat(new InterfaceName(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|it is empty",
            "sixteen-chars-16|longer than 15 bytes",
            "a/b|contains '/'",
            "'a b'|contains whitespace",
            "br0;reboot|contains ';'",
            "$(id)|contains '$'",
            "`id`|contains '`'",
            "..|not '.' or '..'",
    })
    void refusesBadInterfaceNamesNamingTheRule(String name, String rule) {
        assertThatThrownBy(() -> new InterfaceName(name))
                .isInstanceOf(InvalidStepArgument.class)
                .hasMessageStartingWith("interface name '" + name + "' is invalid")
                .hasMessageContaining(rule);
    }

    @Test
    void namespaceNamesFollowTheSameRules() {
        assertThatThrownBy(() -> new NamespaceName("ns 1"))
                .hasMessageStartingWith("namespace name 'ns 1' is invalid").hasMessageContaining("whitespace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "0.0.0.0", "255.255.255.255", "fd00::1", "::1", "fe80::1:2:3:4"})
    void acceptsAddressLiterals(String text) {
        assertThat(IpAddress.parse(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.256", "10.0.0", "01.2.3.4", "example.com", "localhost", "10.0.0.1;id", "fd00:::1:::2", ""})
    void refusesAnythingElseWithoutAskingDns(String text) {
        assertThatThrownBy(() -> IpAddress.parse(text))
                .isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining("IP address '" + text + "' is invalid");
    }

    @Test
    void readsCidrs() {
        assertThat(Cidr.parse("10.0.0.1/24")).hasToString("10.0.0.1/24");
        assertThat(Cidr.parse("fd00::1/64").prefixLength()).isEqualTo(64);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.0.0.1|needs an address and a prefix length",
            "10.0.0.1/33|from 0 to 32",
            "fd00::1/129|from 0 to 128",
            "10.0.0.1/x|from 0 to 32",
            "10.0.0.300/24|IP address '10.0.0.300' is invalid",
    })
    void refusesBadCidrsNamingTheRule(String text, String rule) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(InvalidStepArgument.class).hasMessageContaining(rule);
    }
}
