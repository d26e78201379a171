package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** tc -j qdisc show after the bandwidth plugin's ADD at 4 Mbit/s (captured/cni/capture-chain.sh). */
class QdiscTest {

    @Test
    void bandwidthsTbfQdiscsShowTheRateAndBurstInBytes() {
        List<Qdisc> qdiscs = KernelJson.qdiscs(Captured.read("cni/chain-tc-qdisc.json"));
        assertThat(qdiscs).extracting(Qdisc::kind).containsExactly("noqueue", "noqueue", "tbf", "ingress", "tbf");
        List<Qdisc> tbf = qdiscs.stream().filter(Qdisc::isTbf).toList();
        assertThat(tbf).extracting(Qdisc::dev).containsExactly("veth5f577347", "bwp9529d4a22b89");
        assertThat(tbf).allSatisfy(q -> {
            assertThat(q.root()).isTrue();
            assertThat(q.options().rate()).isEqualTo(500000);
            assertThat(q.options().burst()).isEqualTo(50000);
            assertThat(q.options().lat()).isEqualTo(25000);
        });
        Qdisc ingress = qdiscs.get(3);
        assertThat(ingress.root()).isFalse();
        assertThat(ingress.parent()).isEqualTo("ffff:fff1");
        assertThat(ingress.options().rate()).isZero();
        assertThat(tbf.get(1)).hasToString("tbf 1: on bwp9529d4a22b89 (root) rate 500000 B/s burst 50000 B");
    }
}
