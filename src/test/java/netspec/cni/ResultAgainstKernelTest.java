package netspec.cni;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

import netspec.cni.ResultAgainstKernel.Claim;
import netspec.cni.ResultAgainstKernel.Side;

/** The reference bridge plugin's ADD of pod1 next to the kernel it left, as captured by capture-kernel.sh. */
class ResultAgainstKernelTest {

    private static List<Claim> claims(String resultFile, Side pod) {
        return new ResultAgainstKernel(CniJson.result(CapturedAdd.read(resultFile)), "/run/netns/pod1", CapturedAdd.HOST, pod).claims();
    }

    @Test
    void everyInterfaceAddressAndRouteOfTheResultIsInTheKernel() {
        List<Claim> claims = claims("kernel-add-result.json", CapturedAdd.POD);
        assertThat(claims).hasSize(5).allMatch(Claim::holds);
        assertThat(claims.get(2).what()).isEqualTo("interface eth0 with MAC 86:1e:b0:ae:1e:ab in pod1");
        assertThat(claims.get(4).what()).isEqualTo("route 0.0.0.0/0 via 10.22.0.1 in pod1");
    }

    @Test
    void onceTheAddressIsRemovedItsClaimAndTheRouteThroughItFail() {
        Side removed = CapturedAdd.POD_WITHOUT_ADDRESS;
        List<Claim> failed = claims("kernel-add-result.json", removed).stream().filter(c -> !c.holds()).toList();
        assertThat(failed).extracting(Claim::what)
                .containsExactly("address 10.22.0.2/16 on eth0 in pod1", "route 0.0.0.0/0 via 10.22.0.1 in pod1");
        assertThat(failed.get(0).seen()).isEqualTo("addresses in pod1: lo []; eth0 [fe80::841e:b0ff:feae:1eab/64]");
    }

    @Test
    void anInterfaceInAnotherSandboxThanCniNetnsFails() {
        List<Claim> claims = new ResultAgainstKernel(CniJson.result(CapturedAdd.read("kernel-add-result.json")), "/run/netns/pod2",
                CapturedAdd.HOST, CapturedAdd.POD).claims();
        assertThat(claims.get(2)).isEqualTo(new Claim("interface eth0 with MAC 86:1e:b0:ae:1e:ab in /run/netns/pod2",
                false, "its sandbox is /run/netns/pod1"));
    }

    @Test
    void aResultThatListsNothingMakesNoClaim() {
        assertThat(claims("noop-add-result.json", CapturedAdd.POD)).isEmpty();
    }
}
