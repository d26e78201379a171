package netspec.target.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import netspec.shell.CommandResult;
import netspec.shell.CommandTimeoutException;
import netspec.shell.ShellException;
import netspec.target.Sandbox;

/**
 * A connection that breaks in the middle of a command fails that command clearly, and nothing of the sandbox
 * remains on the host: no process, no network namespace (its own nor one it named). Each test cuts the
 * connection a different way and then looks at the host through /proc.
 */
class SshConnectionLossTest {

    @RegisterExtension
    static final TestSshd.PerClass SSHD = new TestSshd.PerClass();

    @TempDir
    Path scratch;

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"root", "netspec"})
    void sshdKilledMidCommand(String user) throws Exception {
        assumeTrue(user.equals("root") || TestSshd.sudoInstalled(), "sudo is missing: apt-get install sudo");
        Runnable killSshd = () -> SSHD.server().connectionProcesses().forEach(ProcessHandle::destroyForcibly);
        breakMidCommand(SSHD.settings().withUser(user), killSshd, Duration.ofSeconds(10));
    }

    @Test
    void connectionCutByTheNetwork() throws Exception {
        try (TcpRelay relay = new TcpRelay(SSHD.settings().port())) {
            breakMidCommand(throughRelay(relay), relay::cut, Duration.ofSeconds(10));
        }
    }

    /** No end is seen by either side: keepalives on both (sshj's and sshd's ClientAliveInterval) notice. */
    @Test
    void connectionThatFallsSilent() throws Exception {
        try (TcpRelay relay = new TcpRelay(SSHD.settings().port())) {
            breakMidCommand(throughRelay(relay), relay::freeze, Duration.ofSeconds(40));
        }
    }

    /** Breaks the connection while a command runs; that command must fail saying so, the host be left clean. */
    private static void breakMidCommand(SshSettings settings, Runnable breakIt, Duration within) throws Exception {
        try (SshTarget ssh = new SshTarget(settings); Sandbox sandbox = ssh.openSandbox()) {
            Planted planted = Planted.in(sandbox);
            CompletableFuture<CommandResult> busy = planted.runBusy(sandbox, Duration.ofSeconds(60));
            breakIt.run();
            assertThatThrownBy(() -> busy.get(within.toMillis(), TimeUnit.MILLISECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ShellException.class)
                    .hasMessageContaining("lost the SSH connection to " + settings.address())
                    .hasMessageContaining("while running: bash -c");
            planted.assertGoneFromHost(within);
        }
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"root", "netspec"})
    void commandTimeoutClosesTheChannel(String user) throws Exception {
        assumeTrue(user.equals("root") || TestSshd.sudoInstalled(), "sudo is missing: apt-get install sudo");
        try (SshTarget ssh = new SshTarget(SSHD.settings().withUser(user));
             Sandbox sandbox = ssh.openSandbox()) {
            Planted planted = Planted.in(sandbox);
            assertThatThrownBy(() -> sandbox.run(planted.busyCommand(), Duration.ofMillis(800)))
                    .isInstanceOf(CommandTimeoutException.class).hasMessageContaining("800 ms");
            planted.assertGoneFromHost(Duration.ofSeconds(10));
            // the connection itself is fine: the next sandbox uses it
            try (Sandbox next = ssh.openSandbox()) {
                assertThat(next.run("echo next").stdout()).isEqualTo("next\n");
            }
        }
    }

    @Test
    void theNextSandboxConnectsAgainAfterALoss() throws Exception {
        try (SshTarget ssh = new SshTarget(SSHD.settings())) {
            try (Sandbox first = ssh.openSandbox()) {
                SSHD.server().connectionProcesses().forEach(ProcessHandle::destroyForcibly);
                assertThatThrownBy(() -> first.run("echo hello")).isInstanceOf(ShellException.class)
                        .hasMessageContaining("lost the SSH connection");
            }
            try (Sandbox second = ssh.openSandbox()) {
                assertThat(second.run("echo again").stdout()).isEqualTo("again\n");
            }
        }
    }

    private SshSettings throughRelay(TcpRelay relay) throws Exception {
        // the relay's port is another "host" to known_hosts: the same key under [127.0.0.1]:<relay port>
        String hostKey = Files.readString(SSHD.server().dir().resolve("host_key.pub")).strip();
        Path knownHosts = Files.writeString(scratch.resolve("known_hosts"),
                "[127.0.0.1]:" + relay.port() + " " + hostKey + "\n");
        return SSHD.settings().withPort(relay.port()).withKnownHosts(knownHosts);
    }

    /**
     * What a scenario leaves running when its connection breaks: a named network namespace with a process in
     * it, and a command in the foreground; each process carries a word unique to this test in its command line.
     */
    private record Planted(String word, String sandboxNetns, String namedNetns, List<ProcessHandle> processes) {

        static Planted in(Sandbox sandbox) {
            String word = "netspec-left-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            String sandboxNetns = sandbox.run("readlink /proc/self/ns/net").stdout().strip();
            CommandResult named = sandbox.run("ip netns add leftover"
                    + " && ip netns exec leftover readlink /proc/self/ns/net"
                    + " && (ip netns exec leftover bash -c 'exec -a " + word + "-bg sleep 600' >/dev/null 2>&1 &)");
            assertThat(named.exitStatus()).as(named.transcript()).isZero();
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> HostView.processesWith(word).size() == 1);
            // everything sshd runs for the sandbox: env/sudo, unshare, PID 1, the worker shell, the process above
            List<ProcessHandle> processes = SSHD.server().sshd().descendants()
                    .filter(p -> !p.info().command().orElse("").endsWith("/sshd")).toList();
            Planted planted = new Planted(word, sandboxNetns, named.stdout().strip(), processes);
            // the check below can fail: before the cut, all of it is there
            assertThat(HostView.networkNamespacesInUse()).contains(sandboxNetns, planted.namedNetns());
            assertThat(processes).hasSizeGreaterThanOrEqualTo(4);
            return planted;
        }

        String busyCommand() {
            return "bash -c 'exec -a " + word + "-fg sleep 600'";
        }

        CompletableFuture<CommandResult> runBusy(Sandbox sandbox, Duration timeout) {
            CompletableFuture<CommandResult> busy =
                    CompletableFuture.supplyAsync(() -> sandbox.run(busyCommand(), timeout));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> HostView.processesWith(word).size() == 2);
            return busy;
        }

        void assertGoneFromHost(Duration within) {
            Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                assertThat(HostView.processesWith(word)).as("processes with " + word + " in their command line")
                        .isEmpty();
                assertThat(processes.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid))
                        .as("processes the sandbox ran on the host").isEmpty();
                assertThat(HostView.networkNamespacesInUse()).as("network namespaces in use on the host")
                        .doesNotContain(sandboxNetns, namedNetns);
            });
        }
    }
}
