package netspec.host.ssh;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import netspec.host.RunnerIdentity;

/**
 * A throwaway OpenSSH server on 127.0.0.1, started by {@code .ci/sshd-fixture.sh} (the same server .ci/run
 * runs the suite against) with its own host key, client key and known_hosts in a temporary folder. Users:
 * {@code root}, {@code netspec} (passwordless sudo, a chatty ~/.bashrc) and {@code netspec-nosudo}.
 */
public final class TestSshd implements AutoCloseable {

    public static final Path SCRIPT = Path.of(".ci/sshd-fixture.sh");
    private static final Path SSHD = Path.of("/usr/sbin/sshd");

    private final Path dir;
    private final Map<String, String> printed;
    private final ProcessHandle sshd;

    private TestSshd(Path dir, Map<String, String> printed) {
        this.dir = dir;
        this.printed = printed;
        long pid = Long.parseLong(printed.get("NETSPEC_SSHD_PID"));
        this.sshd = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("sshd " + pid + " is gone"));
    }

    /** Skips the calling test, saying why, where the server cannot run: it needs root and Debian's sshd. */
    /** Whether this runner can start a test sshd; {@link #assumeAvailable()} says why not. */
    static boolean available() {
        return RunnerIdentity.isRoot() && Files.isExecutable(SSHD);
    }

    public static void assumeAvailable() {
        assumeTrue(RunnerIdentity.isRoot(), "the SSH tests start their own sshd and need root");
        assumeTrue(Files.isExecutable(SSHD), SSHD + " is missing: apt-get install openssh-server");
    }

    public static boolean sudoInstalled() {
        return Stream.of("/usr/bin/sudo", "/bin/sudo").anyMatch(p -> Files.isExecutable(Path.of(p)));
    }

    public static TestSshd start() {
        return start(Map.of());
    }

    /** @param environment for the fixture script, e.g. NETSPEC_SSHD_MAX_SESSIONS */
    public static TestSshd start(Map<String, String> environment) {
        try {
            Path dir = Files.createTempDirectory("netspec-sshd-");
            ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), dir.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(environment);
            Process script = builder.start();
            String out = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (script.waitFor() != 0) {
                throw new IllegalStateException(SCRIPT + " failed (see its message above)");
            }
            Map<String, String> printed = new HashMap<>();
            // lines like: export NETSPEC_SSH_PORT=2222 (the fixture's folders need no shell quoting)
            out.lines().map(l -> l.replaceFirst("^export ", "").split("=", 2))
                    .filter(kv -> kv.length == 2).forEach(kv -> printed.put(kv[0], kv[1]));
            return new TestSshd(dir, printed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Settings that log in as root. */
    public SshSettings settings() {
        return new SshSettings(printed.get("NETSPEC_SSH_HOST"), Integer.parseInt(printed.get("NETSPEC_SSH_PORT")),
                printed.get("NETSPEC_SSH_USER"), Path.of(printed.get("NETSPEC_SSH_KEY")),
                Path.of(printed.get("NETSPEC_SSH_KNOWN_HOSTS")), Duration.ofSeconds(5), true);
    }

    public Path dir() {
        return dir;
    }

    public ProcessHandle sshd() {
        return sshd;
    }

    /** The sshd processes that serve connections: the listener's children and theirs that are sshd too. */
    public List<ProcessHandle> connectionProcesses() {
        return sshd.descendants().filter(p -> p.info().command().orElse("").endsWith("/sshd")).toList();
    }

    /** Stops sshd by its PID (its connections end with it) and deletes the folder. */
    @Override
    public void close() {
        connectionProcesses().forEach(ProcessHandle::destroyForcibly);
        sshd.destroy();
        sshd.onExit().orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> {
            sshd.destroyForcibly();
            return null;
        }).join();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One server for all tests of a class, or each of them skipped with the reason (per test, so that Maven
     * counts them as skipped instead of "Tests run: 0"):
     * {@code @RegisterExtension static final TestSshd.PerClass SSHD = new TestSshd.PerClass();}
     */
    public static final class PerClass implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

        private final Map<String, String> environment;
        private TestSshd server;

        public PerClass() {
            this(Map.of());
        }

        /** @param environment for the fixture script, e.g. NETSPEC_SSHD_MAX_SESSIONS */
        public PerClass(Map<String, String> environment) {
            this.environment = environment;
        }

        public TestSshd server() {
            return server;
        }

        /** Settings that log in as root. */
        public SshSettings settings() {
            return server.settings();
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            if (available()) {
                server = start(environment);
            }
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            assumeAvailable();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (server != null) {
                server.close();
            }
        }
    }
}
