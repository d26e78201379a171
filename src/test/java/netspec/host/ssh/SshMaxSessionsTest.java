package netspec.host.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import netspec.host.Sandbox;
import netspec.host.SandboxStartException;

/** A server that allows two sessions per connection, as hardened hosts do: sandboxes beyond it queue. */
class SshMaxSessionsTest {

    @RegisterExtension
    static final TestSshd.PerClass SSHD = new TestSshd.PerClass(Map.of("NETSPEC_SSHD_MAX_SESSIONS", "2"));

    @Test
    void aThirdSandboxWaitsForOneOfTwoToClose() throws Exception {
        try (SshTarget ssh = new SshTarget(SSHD.settings())) {
            List<Sandbox> open = new ArrayList<>(List.of(ssh.openSandbox(), ssh.openSandbox()));
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Sandbox> third = pool.submit(ssh::openSandbox);
                Thread.sleep(1000);
                assertThat(third).as("the third sandbox waits while two are open").isNotDone();

                open.remove(0).close();
                Sandbox queued = third.get(30, TimeUnit.SECONDS);
                open.add(queued);
                assertThat(queued.run("echo queued").stdout()).isEqualTo("queued\n");
            } finally {
                pool.shutdownNow();
                open.forEach(Sandbox::close);
            }
        }
    }

    @Test
    void aSandboxThatWaitsLongerThanItsPatienceSaysWhatToChange() {
        try (SshTarget ssh = new SshTarget(SSHD.settings(), Duration.ofSeconds(3))) {
            List<Sandbox> open = new ArrayList<>(List.of(ssh.openSandbox(), ssh.openSandbox()));
            try {
                assertThatThrownBy(ssh::openSandbox).isInstanceOf(SandboxStartException.class)
                        .hasMessageContaining("MaxSessions").hasMessageContaining("netspec.parallelism")
                        .hasMessageContaining("all 2 session channels").hasMessageContaining("stayed open for 3 s");
            } finally {
                open.forEach(Sandbox::close);
            }
        }
    }
}
