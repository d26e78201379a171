package netspec.host.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import netspec.capability.Capability;
import netspec.capability.ToolSetup;
import netspec.shell.CommandResult;
import netspec.host.LocalTarget;
import netspec.host.Sandbox;
import netspec.host.SandboxCommand;
import netspec.host.SandboxStartException;

/** A sandbox over SSH behaves like a local one: same framing, same isolation, nothing left behind. */
class SshTargetTest {

    /** Commands whose every byte of output and exit status must be the same locally and over SSH. */
    private static final List<String> SAME_EVERYWHERE = List.of(
            "echo out; echo err >&2; printf 'no newline'; exit_code() { return 3; }; exit_code",
            "printf 'a\\n\\n'",
            "echo 'unterminated",
            "ip -o link show | wc -l",
            "ip netns add probe && ip netns list",
            "id -u; echo $- ${NETSPEC_FIXTURE_BASHRC:-no rc variable}",
            "readlink /proc/1/exe; tr '\\0' ' ' </proc/1/cmdline | wc -c",
            "cat /proc/self/status | grep -c NSpid");

    @RegisterExtension
    static final TestSshd.PerClass SSHD = new TestSshd.PerClass();

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"root", "netspec"})
    void givesTheSameResultsAsALocalSandbox(String user) {
        assumeSudoFor(user);
        List<String> local = transcripts(new LocalTarget());
        try (SshTarget ssh = new SshTarget(SSHD.settings().withUser(user))) {
            assertThat(transcripts(ssh)).containsExactlyElementsOf(local);
        }
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"root", "netspec"})
    void isolatesNetworkPidAndNetnsDirectory(String user) throws Exception {
        assumeSudoFor(user);
        String hostNetns = Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();
        try (SshTarget ssh = new SshTarget(SSHD.settings().withUser(user)); Sandbox sandbox = ssh.openSandbox()) {
            assertThat(sandbox.description()).startsWith("sandbox ").endsWith(" on ssh:" + user + "@127.0.0.1:"
                    + SSHD.settings().port());
            assertThat(sandbox.run("readlink /proc/self/ns/net").stdout().strip()).isNotEqualTo(hostNetns);
            assertThat(sandbox.run("echo $$").stdout()).isNotEqualTo("1\n"); // the worker, PID 1 is its parent
            assertThat(sandbox.run("tr '\\0' ' ' </proc/1/cmdline").stdout())
                    .endsWith(netspec.host.SandboxCommand.markerOf(ProcessHandle.current().pid()) + " ");
            assertThat(sandbox.run("ip netns add probe-ssh && ip netns list").stdout()).startsWith("probe-ssh");
        }
        assertThat(Files.exists(Path.of("/run/netns/probe-ssh"))).isFalse();
    }

    @Test
    void readsNeitherTheLoginShellsVariablesNorItsOutputIntoTheSandbox() {
        assumeSudoFor("netspec");
        // the fixture's ~/.bashrc for netspec prints a line and exports NETSPEC_FIXTURE_BASHRC
        try (SshTarget ssh = new SshTarget(SSHD.settings().withUser("netspec"));
             Sandbox sandbox = ssh.openSandbox()) {
            CommandResult result = sandbox.run("echo ${NETSPEC_FIXTURE_BASHRC:-unset}; echo $SSH_CONNECTION; id -u");
            assertThat(result.stdout()).isEqualTo("unset\n\n0\n");
        }
    }

    @Test
    void aToolUnderSbinIsFoundThoughTheLoginsPathLacksSbin() {
        // a login of a user other than root on Debian has PATH=/usr/local/bin:/usr/bin:/bin:/usr/games
        try (SshTarget ssh = new SshTarget(SSHD.settings().withUser("netspec-nosudo").withSudo(false))) {
            assertThat(ssh.runOnHost("echo $PATH").stdout()).contains(SandboxCommand.STANDARD_PATH);
            assertThat(ssh.runOnHost("command -v iptables").stdout()).endsWith("sbin/iptables\n");
            java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
            Set<Capability> missing = new ToolSetup(ssh, new java.io.PrintStream(said, true))
                    .prepare(Map.of(Capability.IPTABLES, Set.of("ipvs.feature")), false);
            assertThat(missing).isEmpty();
            assertThat(said.toString()).isEmpty();
        }
    }

    @Test
    void aUserWithoutSudoGetsAUserNamespaceWhenAskedFor() {
        try (SshTarget ssh = new SshTarget(SSHD.settings().withUser("netspec-nosudo").withSudo(false));
             Sandbox sandbox = ssh.openSandbox()) {
            assertThat(sandbox.run("id -u; echo ${NETSPEC_FIXTURE_BASHRC:-unset}").stdout()).isEqualTo("0\nunset\n");
            assertThat(sandbox.run("awk '{print $2}' /proc/self/uid_map").stdout().strip()).isNotEqualTo("0");
            // a veth needs no module to be loaded, which a user namespace could not do
            assertThat(sandbox.run("ip link add probe0 type veth peer name probe1").exitStatus()).isZero();
        }
    }

    @Test
    void aUserWithoutSudoRightsIsToldWhatToDo() {
        assumeSudoFor("netspec-nosudo");
        try (SshTarget ssh = new SshTarget(SSHD.settings().withUser("netspec-nosudo"))) {
            assertThatThrownBy(ssh::openSandbox).isInstanceOf(SandboxStartException.class)
                    .hasMessageStartingWith("cannot start a sandbox on ssh:netspec-nosudo@127.0.0.1:")
                    .hasMessageContaining("sudo: a password is required")
                    .hasMessageContaining("NOPASSWD")
                    .hasMessageContaining("netspec.ssh.sudo=false");
        }
    }

    @Test
    void parallelSandboxesShareOneConnection() throws Exception {
        try (SshTarget ssh = new SshTarget(SSHD.settings())) {
            ssh.openSandbox().close();
            int perConnection = SSHD.server().connectionProcesses().size();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Sandbox>> opening = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    opening.add(pool.submit(ssh::openSandbox));
                }
                List<Sandbox> open = new ArrayList<>();
                for (Future<Sandbox> f : opening) {
                    open.add(f.get());
                }
                List<String> netns = new ArrayList<>();
                for (Sandbox sandbox : open) {
                    netns.add(sandbox.run("readlink /proc/self/ns/net").stdout());
                }
                assertThat(netns).doesNotHaveDuplicates();
                assertThat(SSHD.server().connectionProcesses()).hasSize(perConnection);
                open.forEach(Sandbox::close);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static List<String> transcripts(netspec.host.Target target) {
        List<String> results = new ArrayList<>();
        try (Sandbox sandbox = target.openSandbox()) {
            for (String command : SAME_EVERYWHERE) {
                CommandResult r = sandbox.run(command);
                results.add(command + " -> exit " + r.exitStatus() + "\nstdout: " + r.stdout() + "\nstderr: "
                        + r.stderr());
            }
        }
        return results;
    }

    private static void assumeSudoFor(String user) {
        assumeTrue(user.equals("root") || TestSshd.sudoInstalled(), "sudo is missing: apt-get install sudo");
    }
}
