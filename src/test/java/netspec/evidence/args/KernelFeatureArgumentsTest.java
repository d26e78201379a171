package netspec.evidence.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bond modes, ipvlan modes and VLAN IDs as steps state them. */
class KernelFeatureArgumentsTest {

    @Test
    void bondModesAreSpelledAsIpLinkSpellsThem() {
        assertThat(BondMode.parse("active-backup")).isEqualTo(BondMode.ACTIVE_BACKUP);
        assertThat(BondMode.parse("802.3ad")).isEqualTo(BondMode.LACP);
        assertThat(BondMode.BALANCE_RR.word()).isEqualTo("balance-rr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"active_backup", "lacp", "Balance-rr", "", "balance-rr;id"})
    void otherBondModesAreRefusedNamingTheValidOnes(String text) {
        assertThatThrownBy(() -> BondMode.parse(text)).isInstanceOf(InvalidStepArgument.class)
                .hasMessage("bond mode '" + text + "' is invalid: use one of balance-rr, active-backup, balance-xor,"
                        + " broadcast, 802.3ad, balance-tlb, balance-alb");
    }

    @Test
    void ipvlanModes() {
        assertThat(IpvlanMode.parse("l3s")).isEqualTo(IpvlanMode.L3S);
        assertThat(IpvlanMode.L2.word()).isEqualTo("l2");
        assertThatThrownBy(() -> IpvlanMode.parse("bridge")).isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining("use one of l2, l3, l3s");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 4094})
    void aVlanOfItsOwnHasAnIdFrom1To4094(int id) {
        assertThat(new VlanId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4095, 4096, -1, 65536})
    void otherIdsAreRefusedBeforeAnyCommandPointingToTheStepThatLetsTheKernelJudge(int id) {
        assertThatThrownBy(() -> new VlanId(id)).isInstanceOf(InvalidStepArgument.class)
                .hasMessageStartingWith("VLAN ID '" + id + "' is invalid: a VLAN has an ID from 1 to 4094")
                .hasMessageContaining("When a VLAN");
    }
}
