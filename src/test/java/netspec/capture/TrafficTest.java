package netspec.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import netspec.evidence.args.InvalidStepArgument;
import netspec.linux.Captured;

/**
 * What "the capture shows ..." and "shows no ..." decide on the real capture of a VXLAN underlay: each check
 * is seen passing on traffic that is there and failing on traffic that is not.
 */
class TrafficTest {

    private static final List<Frame> UNDERLAY = TcpdumpLines.parse(Captured.read("tcpdump/underlay.txt"));

    @ParameterizedTest
    @ValueSource(strings = {
            "UDP from 10.0.0.1 to 10.0.0.2 port 4789 carrying VNI 42",
            "UDP from 10.0.0.2 to 10.0.0.1 port 4789 carrying VNI 42",
            "UDP from 10.0.0.1 to 10.0.0.2 port 8472 carrying VNI 7",
            "ICMP from 192.168.42.1 to 192.168.42.2 inside VNI 42",
            "ARP from 192.168.42.1 to 192.168.42.2 inside VNI 42",
            "ICMP from 10.0.0.2 to 10.0.0.1",
            "TCP from 10.0.0.1 to 10.0.0.2 port 80",
            "UDP to 10.0.10.2 port 9",
            "ICMP6 inside VNI 7",
    })
    void showsTrafficThatIsThere(String traffic) {
        assertThat(UNDERLAY).anyMatch(Traffic.parse(traffic));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UDP from 10.0.0.1 to 10.0.0.2 port 4789 carrying VNI 43",  // another VNI
            "UDP from 10.0.0.2 to 10.0.0.1 port 8472",                   // node2 has no VTEP on 8472
            "ICMP from 192.168.42.1 to 192.168.42.2",                    // only inside the tunnel
            "ICMP from 192.168.42.1 to 192.168.42.2 inside VNI 7",       // inside another tunnel
            "ICMP from 192.168.7.1 inside VNI 7",                        // ARP never got an answer
            "ARP from 192.168.42.1",                                     // ARP too is only inside
            "TCP from 10.0.0.1 to 10.0.0.2 port 22",
    })
    void showsNoTrafficThatIsNotThere(String traffic) {
        assertThat(UNDERLAY).noneMatch(Traffic.parse(traffic));
    }

    @Test
    void showsNothingInACaptureThatSawNothing() {
        assertThat(TcpdumpLines.parse("")).noneMatch(Traffic.parse("UDP"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "udp from 10.0.0.1|'udp' is not a protocol",
            "UDP from 10.0.0.300|IP address '10.0.0.300' is invalid",
            "UDP to 10.0.0.2 port 0|'0' is not a port (1 to 65535)",
            "UDP port 65536|'65536' is not a port",
            "ICMP port 4789|only UDP and TCP have ports",
            "UDP carrying VNI 16777216|'16777216' is not a VNI (0 to 16777215)",
            "UDP inside VNI -1|'-1' is not a VNI",
            "UDP from|'from' needs a value",
            "UDP via 10.0.0.1|'via' is not understood",
            "UDP carrying VNI 1 inside VNI 2|either the tunnel",
    })
    void refusesBadDescriptionsNamingTheRule(String text, String rule) {
        assertThatThrownBy(() -> Traffic.parse(text)).isInstanceOf(InvalidStepArgument.class)
                .hasMessageStartingWith("traffic '" + text + "' is invalid").hasMessageContaining(rule);
    }

    @Test
    void printsAsWritten() {
        assertThat(Traffic.parse("UDP from 10.0.0.1 to 10.0.0.2 port 4789 carrying VNI 42"))
                .hasToString("UDP from 10.0.0.1 to 10.0.0.2 port 4789 carrying VNI 42");
    }
}
