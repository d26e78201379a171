package netspec.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Polling a condition that runs shell commands, with a real bash behind the shell. */
class PollingTest {

    private Process bash;
    private FramedShell shell;

    @BeforeEach
    void startBash() throws IOException {
        bash = new ProcessBuilder("bash", "--noprofile", "--norc").start();
        shell = new FramedShell("test bash", bash.getOutputStream(), bash.getInputStream(), bash.getErrorStream(),
                bash::destroyForcibly);
    }

    @AfterEach
    void stopBash() {
        shell.close();
        bash.destroyForcibly();
    }

    @Test
    void aDeadlineInTheMiddleOfACommandLeavesTheShellUsable() {
        // seen in .ci/run: a poll's deadline fell while its command ran, and the sandbox ended with it
        boolean held = Polling.until(Duration.ofMillis(100),
                () -> shell.run("sleep 0.5; echo no", Duration.ofSeconds(5)).stdout().strip().equals("yes"));

        assertThat(held).isFalse();
        assertThat(shell.isAlive()).isTrue();
        assertThat(shell.run("echo still here", Duration.ofSeconds(5)).stdout()).isEqualTo("still here\n");
    }

    @Test
    void aConditionThatHoldsEndsThePollAtOnce() {
        assertThat(Polling.until(Duration.ofSeconds(5),
                () -> shell.run("echo yes", Duration.ofSeconds(5)).stdout().strip().equals("yes"))).isTrue();
    }

    @Test
    void aShellThatGaveUpSaysWhyWhenAskedAgain() {
        assertThatThrownBy(() -> shell.run("sleep 5", Duration.ofMillis(200)))
                .isInstanceOf(CommandTimeoutException.class);

        assertThatThrownBy(() -> shell.run("echo hello", Duration.ofSeconds(5)))
                .isInstanceOf(ShellException.class)
                .hasMessageContaining("no longer usable (gave up after 200 ms on: sleep 5)")
                .hasMessageContaining("cannot run: echo hello");
    }
}
