package netspec.host.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.keepalive.KeepAliveRunner;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.IOUtils;
import net.schmizz.sshj.connection.channel.OpenFailException;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import netspec.shell.CommandResult;

/**
 * One logged-in SSH connection (sshj). Sandboxes share it, each on a session channel of its own; sshj
 * multiplexes channels over the connection and is safe to use from several threads.
 */
public final class SshConnection implements AutoCloseable {

    /** How often to ask the server whether it is still there, so that a dead connection is noticed. */
    private static final int KEEPALIVE_SECONDS = 5;
    private static final int KEEPALIVE_MISSES = 3;
    private static final Duration CHANNEL_TIMEOUT = Duration.ofSeconds(30);

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "netspec ssh connect deadline");
        thread.setDaemon(true);
        return thread;
    });

    /** How long a new sandbox waits for another to close its channel once the server's MaxSessions is reached. */
    static final Duration QUEUE_PATIENCE = Duration.ofMinutes(10);
    private static final Duration REFUSED_RETRY = Duration.ofMillis(200);

    private final SshSettings settings;
    private final SSHClient client;
    private final SessionSlots slots;
    private volatile String lostBecause;

    private SshConnection(SshSettings settings, SSHClient client, Duration queuePatience) {
        this.settings = settings;
        this.client = client;
        this.slots = new SessionSlots(queuePatience);
        // sshj tells this listener before it fails the channels, so a broken sandbox can tell why it broke
        client.getTransport().setDisconnectListener(
                (reason, message) -> lostBecause = message == null ? reason.toString() : message);
    }

    /**
     * Connects, verifies the host key and logs in with the key, all within the connect timeout.
     *
     * @throws SshConnectFailure with one line that names the target, the problem and the fix
     */
    public static SshConnection open(SshSettings settings) {
        return open(settings, QUEUE_PATIENCE);
    }

    /** As {@link #open(SshSettings)}, with the time a channel may wait for a slot (tests shorten it). */
    static SshConnection open(SshSettings settings, Duration queuePatience) {
        DefaultConfig config = new DefaultConfig();
        config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
        SSHClient client = new SSHClient(config);
        KeyProvider key = loadKey(client, settings);
        KnownHostsCheck hostKeys;
        try {
            hostKeys = settings.knownHosts() == null ? KnownHostsCheck.acceptingAnyKey()
                    : new KnownHostsCheck(settings.knownHosts());
        } catch (IOException e) {
            throw new SshConnectFailure(settings, "cannot read the known_hosts file " + settings.knownHosts() + " ("
                    + e.getMessage() + "); fix its permissions or set netspec.ssh.knownHosts", e);
        }
        client.addHostKeyVerifier(hostKeys);
        client.setSocketFactory(NoDelaySocketFactory.INSTANCE);
        // sshj starts the keepalive thread while connecting, only if it has an interval by then
        KeepAliveRunner keepAlive = (KeepAliveRunner) client.getConnection().getKeepAlive();
        keepAlive.setKeepAliveInterval(KEEPALIVE_SECONDS);
        keepAlive.setMaxAliveCount(KEEPALIVE_MISSES);
        int timeoutMillis = (int) settings.connectTimeout().toMillis();
        client.setConnectTimeout(timeoutMillis); // TCP handshake
        client.setTimeout(timeoutMillis);        // waiting for the server's greeting (sshj's reader ignores it later)
        client.getTransport().setTimeoutMs(timeoutMillis); // key exchange and login
        // the three phases each have the timeout; this keeps their sum within it too
        AtomicBoolean deadlinePassed = new AtomicBoolean();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            deadlinePassed.set(true);
            IOUtils.closeQuietly(client);
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        try {
            client.connect(settings.host(), settings.port());
            client.authPublickey(settings.user(), key);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeQuietly(client);
            throw SshConnectFailure.explain(e, settings, hostKeys, deadlinePassed.get());
        } finally {
            deadline.cancel(false);
        }
        if (deadlinePassed.get() || !client.isAuthenticated()) {
            IOUtils.closeQuietly(client);
            throw SshConnectFailure.explain(new IOException("closed at the deadline"), settings, hostKeys, true);
        }
        client.getTransport().setTimeoutMs((int) Math.max(timeoutMillis, CHANNEL_TIMEOUT.toMillis()));
        return new SshConnection(settings, client, queuePatience);
    }

    /** Reads the key before any packet is sent, so that a bad key file is told apart from a refusing server. */
    private static KeyProvider loadKey(SSHClient client, SshSettings settings) {
        if (!Files.isRegularFile(settings.key())) {
            throw new SshConnectFailure(settings, "the private key file " + settings.key() + " does not exist; set"
                    + " netspec.ssh.key (or NETSPEC_SSH_KEY) to the key the host accepts", null);
        }
        try {
            KeyProvider key = client.loadKeys(settings.key().toString());
            key.getPrivate(); // an encrypted key fails here, not later as if the server had refused it
            return key;
        } catch (IOException | RuntimeException e) {
            throw new SshConnectFailure(settings, "cannot use the private key file " + settings.key() + " ("
                    + e.getMessage() + "); netspec needs an unencrypted OpenSSH or PEM private key"
                    + " (no passphrase, no ssh-agent), readable by this user", e);
        }
    }

    /**
     * A new session channel running one command, within the server's MaxSessions (waiting for a slot once the
     * limit is known); the caller owns the session, closes it and then calls {@link #closed()}.
     */
    Session.Command start(String commandLine) throws IOException {
        Session session = openSession();
        try {
            return session.exec(commandLine);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeQuietly(session);
            slots.give();
            throw e;
        }
    }

    /** A channel of {@link #start(String)} has been closed: its slot is free for the next. */
    void closed() {
        slots.give();
    }

    private Session openSession() throws IOException {
        while (true) {
            slots.take();
            try {
                return client.startSession();
            } catch (OpenFailException e) {
                SessionSlots.Refusal refusal = slots.refused();
                if (refusal == SessionSlots.Refusal.FINAL) {
                    throw e;
                }
                if (refusal == SessionSlots.Refusal.LIMIT_LEARNED) {
                    int limit = slots.learnedLimit().orElseThrow();
                    System.err.println("netspec: " + settings.address() + " refused a session channel while " + limit
                            + " were open (sshd's MaxSessions): from now on a sandbox beyond " + limit
                            + " waits for one to close");
                }
                // the server frees a session a moment after its channel closes on this side: try again shortly
                pause(REFUSED_RETRY);
            } catch (IOException | RuntimeException e) {
                slots.give();
                throw e;
            }
        }
    }

    private static void pause(Duration pause) throws IOException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a session channel", e);
        }
    }

    /**
     * Runs one command on an exec channel of its own, outside any sandbox, as the login user: what a
     * per-command transport would cost, for the benchmark.
     */
    public CommandResult exec(String commandLine) throws IOException {
        long start = System.nanoTime();
        Session session = openSession();
        try (session) {
            Session.Command command = session.exec(commandLine);
            String stdout = IOUtils.readFully(command.getInputStream()).toString(StandardCharsets.UTF_8);
            String stderr = IOUtils.readFully(command.getErrorStream()).toString(StandardCharsets.UTF_8);
            command.join(CHANNEL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Integer status = command.getExitStatus();
            return new CommandResult(commandLine, status == null ? -1 : status, stdout, stderr,
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            slots.give();
        }
    }

    public boolean isAlive() {
        return lostBecause == null && client.isConnected();
    }

    /** What ended the connection, as sshj put it; null while it is alive. */
    String lostBecause() {
        return lostBecause;
    }

    public SshSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        IOUtils.closeQuietly(client);
    }
}
