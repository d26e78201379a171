package netspec.evidence.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceArgumentsTest {

    @Test
    void macvlanModesAreSpelledAsIpLinkSpellsThem() {
        assertThat(MacvlanMode.parse("passthru")).isEqualTo(MacvlanMode.PASSTHRU);
        assertThat(MacvlanMode.VEPA.word()).isEqualTo("vepa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bridge", "passthrough", "", "bridge;id"})
    void otherMacvlanModesAreRefusedNamingTheValidOnes(String text) {
        assertThatThrownBy(() -> MacvlanMode.parse(text))
                .isInstanceOf(InvalidStepArgument.class)
                .hasMessage("macvlan mode '" + text + "' is invalid: use one of private, vepa, bridge, passthru, source");
    }

    @Test
    void tunModes() {
        assertThat(TunMode.parse("tap")).isEqualTo(TunMode.TAP);
        assertThatThrownBy(() -> TunMode.parse("tunnel")).hasMessageContaining("use one of tun, tap");
    }

    @Test
    void macAddressesAreKeptInLowerCase() {
        assertThat(new MacAddress("02:AA:00:00:00:01").value()).isEqualTo("02:aa:00:00:00:01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02:00:00:00:01", "02-00-00-00-00-01", "02:00:00:00:00:0g", "02:00:00:00:00:01;id"})
    void malformedMacAddressesAreRefused(String text) {
        assertThatThrownBy(() -> new MacAddress(text)).isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining("MAC address '" + text.toLowerCase() + "' is invalid");
    }
}
