package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class IpvsStatsTest {

    @Test
    void oneServiceWithItsRealServers() {
        IpvsStats stats = IpvsStats.parse(Captured.read("k8s/ipvs/ipvsadm-Ln-stats-exact-t.txt"));
        assertThat(stats.protocol()).isEqualTo("TCP");
        assertThat(stats.service()).isEqualTo("1.2.3.4:80");
        assertThat(stats.total()).isEqualTo(new IpvsStats.Counters(6, 20, 16, 1104, 884));
        assertThat(stats.realServers()).extracting(IpvsStats.RealServer::address, r -> r.counters().connections())
                .containsExactly(tuple("10.244.0.2:80", 2L), tuple("10.244.0.3:80", 2L), tuple("10.244.0.4:80", 2L));
        assertThat(stats.of("10.244.0.4:80")).isEqualTo(new IpvsStats.Counters(2, 8, 8, 432, 442));
        assertThat(stats.of("10.244.0.9:80")).isNull();
    }

    @Test
    void theVersionLineOfAFullListingIsPassedOver() {
        assertThat(IpvsStats.parse(Captured.read("k8s/ipvs/ipvsadm-Ln-stats-exact.txt")))
                .isEqualTo(IpvsStats.parse(Captured.read("k8s/ipvs/ipvsadm-Ln-stats-exact-t.txt")));
    }

    @Test
    void refusesOutputWithoutAService() {
        assertThatThrownBy(() -> IpvsStats.parse("IP Virtual Server version 1.2.1 (size=4096)\n"))
                .hasMessageContaining("no virtual service");
    }
}
