package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** tc filters, route lookups and protocol counters, as captured by captured/k8s/capture.sh. */
class DataPlaneViewsTest {

    @Test
    void aBpfFilterInDirectActionModeFollowsItsChainHead() {
        List<TcFilter> filters = KernelJson.tcFilters(Captured.read("k8s/tc-filter-ingress-bpf.json"));
        assertThat(filters).hasSize(2);
        assertThat(filters.get(0).options()).isNull();
        assertThat(filters.get(0).isBpfProgram()).isFalse();
        TcFilter filter = filters.get(1);
        assertThat(filter.isBpfProgram()).isTrue();
        assertThat(filter.options().directAction()).isTrue();
        assertThat(filter.options().bpfName()).isEqualTo("prog.o:[tc]");
        assertThat(filter.options().prog().isJited()).isTrue();
        assertThat(filter.runs("icmp_echo_responder")).isTrue();
        assertThat(filter.runs("icmp_echo")).isFalse();
        assertThat(filter).hasToString("bpf prog.o:[tc] direct-action, program icmp_echo_respo id 106 jited");
    }

    @Test
    void whereTcPrintsNoProgramNameTheObjectFilesNameStands() {
        TcFilter filter = KernelJson.tcFilters(Captured.read("k8s/tc-filter-ingress-bpf-iproute2-5.10.json")).get(1);
        assertThat(filter.options().prog().name()).isNull();
        assertThat(filter.runs("icmp_echo_responder")).isTrue();
        assertThat(filter.runs("icmp_echo")).isFalse();
        assertThat(filter.runs("xdp_drop")).isFalse();
        assertThat(filter.toString()).contains("program (no name shown) id ");
    }

    @Test
    void noFilterIsAnEmptyList() {
        assertThat(KernelJson.tcFilters(Captured.read("k8s/tc-filter-ingress-none.json"))).isEmpty();
    }

    @Test
    void aLearnedPathMtuIsCachedWithTheRoute() {
        RouteLookup lookup = KernelJson.routeLookups(Captured.read("k8s/pod1-ip-route-get-pmtu.json")).get(0);
        assertThat(lookup.dst()).isEqualTo("10.244.2.2");
        assertThat(lookup.gateway()).isEqualTo("10.244.1.1");
        assertThat(lookup.pathMtu()).contains(1450L);
        assertThat(lookup.expires()).isEqualTo(599);
        assertThat(lookup.type()).isEqualTo("unicast");
    }

    @Test
    void withoutAnExceptionNoPathMtuIsCached() {
        RouteLookup lookup = KernelJson.routeLookups(Captured.read("k8s/pod2-ip-route-get.json")).get(0);
        assertThat(lookup.pathMtu()).isEmpty();
        assertThat(lookup).hasToString("unicast 10.244.1.2 via 10.244.2.1 dev eth0, no cached mtu");
    }

    @Test
    void icmpCountersOfANamespace() {
        SnmpCounters snmp = SnmpCounters.parse(Captured.read("k8s/ns2-proc-net-snmp.txt"));
        assertThat(snmp.counter("Icmp", "InEchos")).isEqualTo(2);
        assertThat(snmp.counter("Icmp", "OutEchoReps")).isZero();
        assertThat(snmp.counter("Ip", "DefaultTTL")).isEqualTo(64);
        assertThat(snmp.counter("IcmpMsg", "InType8")).isEqualTo(2);
        assertThatThrownBy(() -> snmp.counter("Icmp", "Nope")).hasMessageContaining("no counter Icmp Nope");
    }

    @Test
    void refusesTextThatIsNoCounterTable() {
        assertThatThrownBy(() -> SnmpCounters.parse("Icmp: InMsgs\nIp: 3\n")).hasMessageContaining("not /proc/net/snmp");
    }
}
