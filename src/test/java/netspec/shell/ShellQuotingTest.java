package netspec.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellQuotingTest {

    @Test
    void leavesPlainWordsBare() {
        assertThat(ShellQuoting.join("ip", "-n", "ns1", "link", "set", "veth-a", "up"))
                .isEqualTo("ip -n ns1 link set veth-a up");
    }

    @Test
    void quotesAnythingAShellWouldInterpret() {
        assertThat(ShellQuoting.quote("a b")).isEqualTo("'a b'");
        assertThat(ShellQuoting.quote("$(reboot)")).isEqualTo("'$(reboot)'");
        assertThat(ShellQuoting.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellQuoting.quote("")).isEqualTo("''");
    }
}
