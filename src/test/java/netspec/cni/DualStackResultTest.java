package netspec.cni;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import netspec.cni.ResultAgainstKernel.Claim;
import netspec.cni.ResultAgainstKernel.Side;
import netspec.linux.Address;
import netspec.linux.Captured;
import netspec.linux.KernelJson;
import netspec.linux.Route;

/** netspec-bash-cni's dual-stack ADD of pod1 next to the kernel it left, as captured by cni-ipv6/capture.sh. */
class DualStackResultTest {

    private static final Side HOST = new Side("the host", KernelJson.links(read("host-ip-d-link.json")),
            KernelJson.addresses(read("host-ip-addr.json")), List.of());

    private static String read(String file) {
        return Captured.read("cni-ipv6/" + file);
    }

    private static List<Claim> claims(List<Route> podRoutes) {
        Side pod = new Side("pod1", KernelJson.links(read("pod1-ip-d-link.json")),
                KernelJson.addresses(read("pod1-ip-addr.json")), podRoutes);
        return new ResultAgainstKernel(CniJson.result(read("bash-dual-add-result.json")), "/run/netns/pod1", HOST, pod)
                .claims();
    }

    @Test
    void theIpv6AddressAndTheDefaultIpv6RouteAreClaimedAndHeldNextToTheIpv4Ones() {
        List<Route> routes = new ArrayList<>(KernelJson.routes(read("pod1-ip-route.json")));
        routes.addAll(KernelJson.routes(read("pod1-ip-6-route.json")));
        List<Claim> claims = claims(routes);
        assertThat(claims).allMatch(Claim::holds).extracting(Claim::what).contains(
                "address 10.22.0.2/24 on eth0 in pod1", "address fd00:22::2/64 on eth0 in pod1",
                "route 0.0.0.0/0 via 10.22.0.1 in pod1", "route ::/0 via fd00:22::1 in pod1");
    }

    @Test
    void ipRouteWithoutMinus6ShowsNoIpv6RouteSoTheIpv6DefaultRouteIsNotFoundThere() {
        List<Claim> failed = claims(KernelJson.routes(read("pod1-ip-route.json"))).stream()
                .filter(c -> !c.holds()).toList();
        assertThat(failed).extracting(Claim::what).containsExactly("route ::/0 via fd00:22::1 in pod1");
    }

    @Test
    void dadStatesAreReadFromTheAddressFlags() {
        Address tentative = copyOfPod1Address("pod2-tentative-ip-6-addr.json");
        Address failed = copyOfPod1Address("pod2-dadfailed-ip-6-addr.json");
        assertThat(tentative.tentative()).isTrue();
        assertThat(tentative.dadfailed()).isFalse();
        assertThat(failed.dadfailed()).isTrue();
        Address settled = KernelJson.addresses(read("pod1-ip-addr.json")).stream()
                .flatMap(a -> a.addresses("inet6").stream()).filter(a -> a.cidr().equals("fd00:22::2/64"))
                .findFirst().orElseThrow();
        assertThat(settled.tentative() || settled.dadfailed()).isFalse();
    }

    private static Address copyOfPod1Address(String file) {
        return KernelJson.addresses(read(file)).get(0).addresses("inet6").stream()
                .filter(a -> a.cidr().equals("fd00:22::2/64")).findFirst().orElseThrow();
    }
}
