package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** iptables -S after the chained reference plugins' ADD (captured/cni/capture-chain.sh). */
class IptablesRuleTest {

    @Test
    void portmapsDnatRuleNamesTheHostPortAndThePodsAddress() {
        List<IptablesRule> rules = IptablesRule.parse(Captured.read("cni/chain-iptables-nat-S.txt"));
        assertThat(rules).hasSize(17);
        IptablesRule dnat = rules.stream().filter(r -> r.option("-j").filter("DNAT"::equals).isPresent())
                .findFirst().orElseThrow();
        assertThat(dnat.chain()).isEqualTo("CNI-DN-9529d4a22b8902790e23f");
        assertThat(dnat.option("--dport")).contains("8080");
        assertThat(dnat.option("-p")).contains("tcp");
        assertThat(dnat.option("--to-destination")).contains("10.22.0.2:80");
        assertThat(rules.stream().filter(r -> !r.isRule()).map(IptablesRule::chain))
                .contains("CNI-HOSTPORT-DNAT", "PREROUTING");
    }

    @Test
    void aQuotedCommentIsOneArgumentWithItsQuotesUnescaped() {
        IptablesRule rule = IptablesRule.parse(Captured.read("cni/chain-iptables-nat-S.txt")).stream()
                .filter(r -> r.chain().equals("CNI-HOSTPORT-DNAT") && r.isRule()).findFirst().orElseThrow();
        assertThat(rule.option("--comment")).contains("dnat name: \"podnet\" id: \"pod1\"");
        assertThat(rule.option("--dports")).contains("8080");
        assertThat(rule).hasToString("-A CNI-HOSTPORT-DNAT -p tcp -m comment --comment \"dnat name: \\\"podnet\\\" id:"
                + " \\\"pod1\\\"\" -m multiport --dports 8080 -j CNI-DN-9529d4a22b8902790e23f");
    }

    @Test
    void firewallsRulesAcceptThePodsAddressBothWays() {
        List<IptablesRule> forward = IptablesRule.parse(Captured.read("cni/chain-iptables-filter-S.txt")).stream()
                .filter(r -> r.isRule() && r.chain().equals("CNI-FORWARD")).toList();
        assertThat(forward).hasSize(3);
        assertThat(forward).filteredOn(r -> r.mentions("10.22.0.2/32")).extracting(r -> r.option("-j").orElse(""))
                .containsExactly("ACCEPT", "ACCEPT");
        assertThat(forward.get(0).option("-s")).isEmpty();
    }

    @Test
    void aLineThatIsNotIptablesSIsRefused() {
        assertThatThrownBy(() -> IptablesRule.parse("Chain INPUT (policy ACCEPT)"))
                .hasMessageContaining("not a line of iptables -S");
        assertThatThrownBy(() -> IptablesRule.parse("-A X -m comment --comment \"open"))
                .hasMessageContaining("unbalanced quotes");
    }
}
