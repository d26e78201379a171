package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTest {

    private final List<Route> routes = KernelJson.routes(Captured.read("ip-route.json"));

    private Route to(List<Route> table, String dst) {
        return table.stream().filter(r -> r.dst().equals(dst)).findFirst().orElseThrow();
    }

    @Test
    void connectedRouteOfTheBridge() {
        Route connected = to(routes, "10.0.0.0/24");
        assertThat(connected.dev()).isEqualTo("br0");
        assertThat(connected.protocol()).isEqualTo("kernel");
        assertThat(connected.scope()).isEqualTo("link");
        assertThat(connected.prefsrc()).isEqualTo("10.0.0.254");
        assertThat(connected.gateway()).isNull();
        assertThat(connected.type()).isEqualTo("unicast");
        assertThat(connected.flags()).isEmpty();
    }

    @Test
    void staticRouteThroughAGateway() {
        Route viaNs1 = to(routes, "172.16.0.0/16");
        assertThat(viaNs1.gateway()).isEqualTo("10.0.0.1");
        assertThat(viaNs1.protocol()).isEqualTo("static");
        assertThat(viaNs1.metric()).isEqualTo(100);
        assertThat(viaNs1.scope()).isEqualTo("global");
    }

    @Test
    void routesOverLinksWithoutCarrierAreFlaggedLinkdown() {
        assertThat(routes).filteredOn(r -> r.hasFlag("linkdown")).extracting(Route::dst, Route::dev)
                .containsExactly(tuple("10.9.9.2", "tun0"), tuple("192.168.99.0/24", "veth3"));
    }

    @Test
    void blackholeHasATypeButNoDevice() {
        Route blackhole = to(routes, "192.0.2.0/24");
        assertThat(blackhole.type()).isEqualTo("blackhole");
        assertThat(blackhole.dev()).isNull();
        assertThat(blackhole.protocol()).isEqualTo("boot");
    }

    @Test
    void defaultsFilledInMatchWhatDashDPrints() {
        assertThat(routes).isEqualTo(KernelJson.routes(Captured.read("ip-d-route.json")));
        assertThat(KernelJson.routes(Captured.read("ip-6-route.json")))
                .isEqualTo(KernelJson.routes(Captured.read("ip-d-6-route.json")));
        assertThat(KernelJson.routes(Captured.read("ns1-ip-route.json")))
                .isEqualTo(KernelJson.routes(Captured.read("ns1-ip-d-route.json")));
    }

    @Test
    void defaultRoutesInTheNamespace() {
        Route v4 = KernelJson.routes(Captured.read("ns1-ip-route.json")).get(0);
        assertThat(v4.isDefault()).isTrue();
        assertThat(v4.gateway()).isEqualTo("10.0.0.254");
        assertThat(v4.dev()).isEqualTo("eth0");
        assertThat(v4.protocol()).isEqualTo("boot");

        List<Route> v6 = KernelJson.routes(Captured.read("ns1-ip-6-route.json"));
        assertThat(v6).filteredOn(Route::isDefault).singleElement()
                .extracting(Route::gateway, Route::metric, Route::pref)
                .containsExactly("fd00::254", 1024, "medium");
        assertThat(to(v6, "fd00::/64").metric()).isEqualTo(256);
    }

    @Test
    void ipv6RoutesOfTheRootNamespace() {
        List<Route> v6 = KernelJson.routes(Captured.read("ip-6-route.json"));
        assertThat(v6).extracting(Route::dst, Route::dev).containsExactly(
                tuple("fd00::/64", "br0"), tuple("fe80::/64", "br0"), tuple("fe80::/64", "veth1"),
                tuple("fe80::/64", "veth2"), tuple("fe80::/64", "vx0"), tuple("fe80::/64", "mv0"));
        assertThat(v6).noneMatch(Route::isDefault);
    }

    @Test
    void localTableHasLocalAndBroadcastTypes() {
        List<Route> local = KernelJson.routes(Captured.read("ip-route-table-local.json"));
        Route own = to(local, "10.0.0.254");
        assertThat(own.type()).isEqualTo("local");
        assertThat(own.scope()).isEqualTo("host");
        assertThat(to(local, "10.0.0.255").type()).isEqualTo("broadcast");
    }
}
