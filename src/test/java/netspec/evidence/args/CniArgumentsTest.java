package netspec.evidence.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CniArgumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"app", "side-car", "a", "web-1"})
    void acceptsDnsLabelsAsContainerNames(String name) {
        assertThat(new ContainerName(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "App", "-app", "app-", "a_b", "a b", "$(id)"})
    void refusesOtherContainerNames(String name) {
        assertThatThrownBy(() -> new ContainerName(name)).isInstanceOf(InvalidStepArgument.class)
                .hasMessageStartingWith("container name '" + name + "' is invalid");
    }

    @Test
    void versionsAreThreeNumbers() {
        assertThat(new CniVersion("0.4.0").value()).isEqualTo("0.4.0");
        assertThatThrownBy(() -> new CniVersion("1.0")).hasMessageContaining("three numbers");
        assertThatThrownBy(() -> new CniVersion("1.0.0\",\"x")).isInstanceOf(InvalidStepArgument.class);
    }

    @Test
    void variablesAreTheSpecificationsOnes() {
        assertThat(CniVariable.parse("CNI_NETNS")).isEqualTo(CniVariable.CNI_NETNS);
        assertThatThrownBy(() -> CniVariable.parse("cni_netns")).hasMessageContaining("use one of CNI_COMMAND");
    }
}
