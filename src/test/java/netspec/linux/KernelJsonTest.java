package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class KernelJsonTest {

    @Test
    void noMatchingDevicePrintsNothingWhichIsAnEmptyList() {
        assertThat(Captured.read("ip-d-link-missing-device.json")).isEmpty();
        assertThat(KernelJson.links(Captured.read("ip-d-link-missing-device.json"))).isEmpty();
        assertThat(KernelJson.routes("\n")).isEmpty();
    }

    @Test
    void emptyArrayIsAnEmptyList() {
        assertThat(Captured.read("bridge-vlan.json")).isEqualTo("[]\n");
        assertThat(KernelJson.fdb(Captured.read("bridge-vlan.json"))).isEmpty();
        assertThat(KernelJson.neighbours("[]")).isEmpty();
        assertThat(KernelJson.addresses("[]")).isEmpty();
    }

    @Test
    void failedDumpLeavesATruncatedArrayThatIsRejected() {
        String truncated = Captured.read("ip-route-missing-table.json");
        assertThat(truncated).isEqualTo("[");
        assertThatThrownBy(() -> KernelJson.routes(truncated))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot parse routes from: [")
                .hasCauseInstanceOf(JsonProcessingException.class);
    }

    @Test
    void errorMessageQuotesOnlyTheFirst200Characters() {
        String noise = "Device \"nonexistent0\" does not exist. ".repeat(20);
        assertThatThrownBy(() -> KernelJson.links(noise))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot parse links from: " + noise.substring(0, 200));
    }

    @Test
    void twoOutputsPastedTogetherAreRejected() {
        String twice = Captured.read("ns1-ip-route.json") + Captured.read("ns1-ip-route.json");
        assertThatThrownBy(() -> KernelJson.routes(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot parse routes from: [{\"dst\":\"default\"");
    }

    @Test
    void somethingElseThanAnArrayIsRejected() {
        assertThatThrownBy(() -> KernelJson.neighbours("{\"dst\":\"10.0.0.1\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot parse neighbours from: {\"dst\"");
        assertThatThrownBy(() -> KernelJson.fdb("[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot parse fdb entries from: [1, 2]");
        assertThatThrownBy(() -> KernelJson.addresses(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot parse addresses from: null");
    }

    @Test
    void wrongTypeOfValueIsRejected() {
        assertThatThrownBy(() -> KernelJson.links("[{\"ifindex\":\"one\",\"ifname\":\"lo\"}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot parse links from: ");
    }
}
