package netspec.host.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way of not getting in gives one line that names the target, says what is wrong and what to do, within
 * the connect timeout; after the first failure every further sandbox fails at once with the same line.
 */
class SshFaultsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    @RegisterExtension
    static final TestSshd.PerClass SSHD = new TestSshd.PerClass();

    @TempDir
    Path scratch;

    @Test
    void anUnknownHostKeyIsNamedWithItsFingerprintAndHowToAddIt() throws Exception {
        Path empty = Files.writeString(scratch.resolve("known_hosts"), "# nothing yet\n");
        String message = failure(SSHD.settings().withKnownHosts(empty));
        assertThat(message).contains("unknown host key: [127.0.0.1]:" + SSHD.settings().port() + " is not in " + empty)
                .contains(hostKeyFingerprint())
                .contains("ssh-keyscan -p " + SSHD.settings().port() + " -t ssh-ed25519 127.0.0.1 >> " + empty)
                .doesNotContain("CHANGED");
    }

    @Test
    void aMissingKnownHostsFileIsSaidToBeMissing() throws Exception {
        Path missing = scratch.resolve("no-such-known_hosts");
        assertThat(failure(SSHD.settings().withKnownHosts(missing)))
                .contains("unknown host key: the known_hosts file " + missing + " does not exist")
                .contains(hostKeyFingerprint());
    }

    @Test
    void aChangedHostKeyIsToldApartFromAnUnknownOne() throws Exception {
        // the client key stands in for the host's former key
        String otherKey = Files.readString(SSHD.server().dir().resolve("client_key.pub")).split(" ")[1];
        Path changed = Files.writeString(scratch.resolve("known_hosts"),
                "[127.0.0.1]:" + SSHD.settings().port() + " ssh-ed25519 " + otherKey + "\n");
        assertThat(failure(SSHD.settings().withKnownHosts(changed)))
                .contains("the host key has CHANGED")
                .contains("the server now shows ssh-ed25519 key " + hostKeyFingerprint())
                .contains("ssh-keygen -R '[127.0.0.1]:" + SSHD.settings().port() + "' -f " + changed)
                .doesNotContain("unknown host key");
    }

    @Test
    void aRefusedConnectionNamesThePort() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        assertThat(failure(SSHD.settings().withPort(closedPort)))
                .isEqualTo("cannot connect to ssh:root@127.0.0.1:" + closedPort + ": connection refused: nothing"
                        + " listens on port " + closedPort + " of 127.0.0.1; start sshd there, or set"
                        + " netspec.ssh.port to the port it listens on");
    }

    @Test
    void aKeyTheServerDoesNotAcceptIsNamed() throws Exception {
        Path stranger = scratch.resolve("stranger_key");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", stranger.toString())
                .inheritIO().start();
        assertThat(keygen.waitFor()).isZero();
        assertThat(failure(SSHD.settings().withKey(stranger)))
                .contains("the server did not accept the key " + stranger + " for user root")
                .contains("add " + stranger + ".pub to ~root/.ssh/authorized_keys");
    }

    @Test
    void aKeyWithAPassphraseIsRefusedBeforeConnecting() throws Exception {
        Path locked = scratch.resolve("locked_key");
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "secret", "-f",
                locked.toString()).inheritIO().start();
        assertThat(keygen.waitFor()).isZero();
        assertThat(failure(SSHD.settings().withKey(locked)))
                .contains("cannot use the private key file " + locked)
                .contains("no passphrase");
    }

    @Test
    void aMissingKeyFileIsSaidToBeMissing() {
        Path missing = scratch.resolve("no-such-key");
        assertThat(failure(SSHD.settings().withKey(missing)))
                .contains("the private key file " + missing + " does not exist");
    }

    @Test
    void aServerThatNeverAnswersFailsWithinTheConnectTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = acceptSilently(silent);
            long start = System.nanoTime();
            String message = failure(SSHD.settings().withPort(silent.getLocalPort()).withConnectTimeout(TIMEOUT));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(message).contains("no SSH answer within 1.5 s (netspec.ssh.connectTimeout)");
            assertThat(took).isLessThan(TIMEOUT.plusMillis(700));
            closeAll(accepted);
        }
    }

    @Test
    void afterTheFirstFailureEverySandboxFailsAtOnceWithTheSameLine() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = acceptSilently(silent);
            try (SshTarget target = new SshTarget(SSHD.settings().withPort(silent.getLocalPort())
                    .withConnectTimeout(TIMEOUT))) {
                String first = catchThrowableOfType(target::openSandbox, SshConnectFailure.class).getMessage();
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    String again = catchThrowableOfType(target::openSandbox, SshConnectFailure.class).getMessage();
                    assertThat(again).isEqualTo(first);
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
                }
            }
            closeAll(accepted);
        }
    }

    /** The sandbox never opens; the message is one line that names the target. */
    private static String failure(SshSettings settings) {
        try (SshTarget target = new SshTarget(settings)) {
            SshConnectFailure failure = catchThrowableOfType(target::openSandbox, SshConnectFailure.class);
            assertThat(failure).as("openSandbox on " + settings.address() + " should fail").isNotNull();
            assertThat(failure.getMessage()).startsWith("cannot connect to ssh:" + settings.address() + ": ")
                    .doesNotContain("\n");
            return failure.getMessage();
        }
    }

    /** The fixture's host key fingerprint, as ssh-keygen -l prints it. */
    private static String hostKeyFingerprint() throws IOException, InterruptedException {
        Path hostKey = SSHD.server().dir().resolve("host_key.pub");
        Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-f", hostKey.toString()).start();
        String line = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        keygen.waitFor();
        return line.split(" ")[1];
    }

    /** A TCP listener that accepts connections and never says a word, like a hung SSHD.server(). */
    private static List<Socket> acceptSilently(ServerSocket server) {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        Thread acceptor = new Thread(() -> {
            try {
                while (!server.isClosed()) {
                    accepted.add(server.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "silent server");
        acceptor.setDaemon(true);
        acceptor.start();
        return accepted;
    }

    private static void closeAll(List<Socket> sockets) throws IOException {
        for (Socket socket : List.copyOf(sockets)) {
            socket.close();
        }
    }
}
