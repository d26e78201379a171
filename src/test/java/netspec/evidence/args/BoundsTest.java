package netspec.evidence.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers and name lists that reach the kernel or the clock are refused outside their bounds. */
class BoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "601", "86400", "99999999999"})
    void aWaitOutsideOneSecondToTenMinutesIsRefused(String seconds) {
        assertThatThrownBy(() -> WaitSeconds.parse(seconds)).isInstanceOf(InvalidStepArgument.class)
                .hasMessage("wait '" + seconds + " seconds' is invalid: a step waits from 1 to 600 seconds"
                        + (seconds.length() > 10 ? "" : " (10 minutes); a longer wait is a mistake, a shorter one checks nothing"));
    }

    @Test
    void aWaitWithinTheBoundsIsItsDuration() {
        assertThat(WaitSeconds.parse("1").duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(WaitSeconds.parse("600").duration()).isEqualTo(Duration.ofMinutes(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "65536", "99999", "4294967297"})
    void aPortOutsideOneTo65535IsRefused(String port) {
        assertThatThrownBy(() -> PortNumber.parse(port)).isInstanceOf(InvalidStepArgument.class)
                .hasMessage("port '" + port + "' is invalid: a TCP or UDP port is from 1 to 65535");
    }

    @Test
    void portsAtTheEdgesAreAccepted() {
        assertThat(PortNumber.parse("1").value()).isEqualTo(1);
        assertThat(PortNumber.parse("65535").value()).isEqualTo(65535);
    }

    @Test
    void theSameInterfaceNamedTwiceIsRefused() {
        assertThatThrownBy(() -> DistinctNames.of("bridge port", new InterfaceName("br0"), new InterfaceName("br0")))
                .isInstanceOf(InvalidStepArgument.class)
                .hasMessage("bridge port 'br0' is invalid: it is named twice; name 2 different interfaces");
        assertThat(DistinctNames.of("bridge port", new InterfaceName("br0"), new InterfaceName("br1")))
                .containsExactly("br0", "br1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "dev", "all", "DEV", "type", "master", "name"})
    void iproute2KeywordsAreRefusedAsNames(String word) {
        assertThatThrownBy(() -> new InterfaceName(word)).isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining("it is a keyword of iproute2");
        assertThatThrownBy(() -> new NamespaceName(word)).isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining("it is a keyword of iproute2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "br", "BR", "mt", "tx", "netn", "h"})
    void theStartOfAKeywordIproute2TakesAbbreviatedIsRefusedAsAName(String word) {
        assertThatThrownBy(() -> new InterfaceName(word)).isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining("iproute2 would read it as its keyword");
    }

    @ParameterizedTest
    @ValueSource(strings = {"br0", "eth0", "veth-a", "mv0", "vx0", "address0", "x", "cni0", "flannel.1"})
    void namesThatOnlyBeginLikeAKeywordAreAccepted(String word) {
        assertThat(new InterfaceName(word).value()).isEqualTo(word);
    }

    @Test
    void aQuoteInsideANameBreaksTheNameRule() {
        assertThatThrownBy(() -> new InterfaceName("a\"b")).isInstanceOf(InvalidStepArgument.class)
                .hasMessage("interface name 'a\"b' is invalid: it contains '\"'; " + KernelName.RULE);
    }
}
