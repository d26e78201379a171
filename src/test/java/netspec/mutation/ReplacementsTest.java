package netspec.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplacementsTest {

    @Test
    void anotherAddressOfTheSameSubnetPreferablyOneTheScenarioUses() {
        ScenarioNames names = new ScenarioNames();
        names.add(new StepMatch.Arg("cidr", 0, 0, "10.0.0.1/24"));
        names.add(new StepMatch.Arg("ip", 0, 0, "10.0.0.2"));
        names.add(new StepMatch.Arg("ip", 0, 0, "192.168.1.254"));
        assertThat(Replacements.otherAddress("10.0.0.1", names)).contains("10.0.0.2");
        assertThat(Replacements.otherAddress("192.168.1.254", names)).contains("192.168.1.253");
        assertThat(Replacements.otherAddress("fe80::1", names)).isEmpty();
    }

    @Test
    void aWaitIsNoClaim() {
        assertThat(Replacements.textBefore("within {int} second(s) the active port of {link} is {iface}", 0))
                .isEqualTo("within ");
        assertThat(Replacements.textBefore("the MTU of {link} is {int}", 1)).isEqualTo(" is ");
    }

    @Test
    void negatedTwinsBothWays() {
        assertThat(Negations.rewrites("the ping gets replies")).contains("the ping gets no reply");
        assertThat(Negations.rewrites("the ping gets no reply")).contains("the ping gets replies");
        assertThat(Negations.rewrites("container c1 does not see that message queue"))
                .contains("container c1 sees that message queue");
    }
}
