package netspec.host.ssh;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import netspec.host.Sandbox;

/**
 * A connection that breaks in the middle of a command fails that command clearly, and nothing of the sandbox
 * remains on the host: no process, no network namespace (its own nor one it named). Each test cuts the
 * connection a different way and then looks at the host through /proc.
 */
class SshConnectionLossTest {

    /** The kernel destroys a network namespace in a worker of its own, later under load: give it time. */
    private static final Duration TEARDOWN_WITHIN = Duration.ofSeconds(30);

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

    /** The runner's JVM gets SIGKILL: the kernel closes its connection, sshd closes the sandbox's channel. */
    @Test
    void runnerKilledMidCommand() throws Exception {
        SshSettings settings = SSHD.settings();
        Process runner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Runner.class.getName(), String.valueOf(settings.port()),
                settings.key().toString(), settings.knownHosts().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(runner.getInputStream(), UTF_8));
            String[] planted = CompletableFuture.supplyAsync(() -> readLine(said)).get(30, TimeUnit.SECONDS).split(" ");
            assertThat(planted[0]).isEqualTo("planted");
            Planted seen = Planted.seenOnHost(planted[1], planted[2], planted[3], 2);
            runner.destroyForcibly().waitFor();
            seen.assertGoneFromHost(TEARDOWN_WITHIN);
        } finally {
            runner.destroyForcibly();
        }
    }

    /**
     * The runner that gets killed: plants, says what (the word is not an argument: it would be in this JVM's
     * command line), then runs the busy command until it dies.
     */
    public static final class Runner {
        public static void main(String[] args) {
            SshSettings settings = new SshSettings("127.0.0.1", Integer.parseInt(args[0]), "root", Path.of(args[1]),
                    Path.of(args[2]), Duration.ofSeconds(5), true);
            Sandbox sandbox = new SshTarget(settings).openSandbox();
            String word = Planted.newWord();
            System.out.println("planted " + word + " " + String.join(" ", Planted.plant(sandbox, word)));
            sandbox.run(Planted.busyCommand(word), Duration.ofMinutes(10));
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return String.valueOf(reader.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            planted.assertGoneFromHost(TEARDOWN_WITHIN);
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
            String word = newWord();
            List<String> netns = plant(sandbox, word);
            return seenOnHost(word, netns.get(0), netns.get(1), 1);
        }

        static String newWord() {
            return "netspec-left-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        }

        /** Returns the sandbox's own network namespace and the named one, as {@code net:[inode]}. */
        static List<String> plant(Sandbox sandbox, String word) {
            String sandboxNetns = sandbox.run("readlink /proc/self/ns/net").stdout().strip();
            CommandResult named = sandbox.run("ip netns add leftover"
                    + " && ip netns exec leftover readlink /proc/self/ns/net"
                    + " && (ip netns exec leftover bash -c 'exec -a " + word + "-bg sleep 600' >/dev/null 2>&1 &)");
            if (!named.succeeded()) {
                throw new IllegalStateException("planting failed: " + named.transcript());
            }
            return List.of(sandboxNetns, named.stdout().strip());
        }

        /** Waits until the host shows the marked processes, then takes note of all the sandbox runs there. */
        static Planted seenOnHost(String word, String sandboxNetns, String namedNetns, int marked) {
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> HostView.processesWith(word).size() == marked);
            // everything sshd runs for the sandbox: env/sudo, unshare, PID 1, the worker shell, the processes above
            List<ProcessHandle> processes = SSHD.server().sshd().descendants()
                    .filter(p -> !p.info().command().orElse("").endsWith("/sshd")).toList();
            // the check below can fail: before the cut, all of it is there
            assertThat(HostView.networkNamespacesInUse()).contains(sandboxNetns, namedNetns);
            assertThat(processes).hasSizeGreaterThanOrEqualTo(4);
            return new Planted(word, sandboxNetns, namedNetns, processes);
        }

        String busyCommand() {
            return busyCommand(word);
        }

        static String busyCommand(String word) {
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
