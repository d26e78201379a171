package netspec.host.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

/**
 * Verifies the server's host key against a known_hosts file, like OpenSSH with {@code StrictHostKeyChecking=yes}.
 * sshj reports every refusal the same way; this remembers why it refused, so that an unknown host and a
 * changed key (which may be an attack) get different messages.
 */
final class KnownHostsCheck extends OpenSSHKnownHosts {

    /** Why the key was refused: the host is not in the file, or the file holds another key for it. */
    enum Verdict { UNKNOWN, CHANGED }

    record Refusal(Verdict verdict, String hostEntry, String keyType, String fingerprint) {
    }

    private final Path file;
    private final boolean acceptUnknown;
    private volatile Refusal refusal;

    KnownHostsCheck(Path file) throws IOException {
        this(file, false);
    }

    private KnownHostsCheck(Path file, boolean acceptUnknown) throws IOException {
        super(file.toFile());
        this.file = file;
        this.acceptUnknown = acceptUnknown;
    }

    /**
     * What {@code vagrant ssh-config} asks for (UserKnownHostsFile /dev/null, StrictHostKeyChecking no): a
     * Vagrant machine gets a new host key each time it is created. The vagrant target is the only user.
     */
    static KnownHostsCheck acceptingAnyKey() throws IOException {
        return new KnownHostsCheck(Path.of("/dev/null"), true);
    }

    Path file() {
        return file;
    }

    boolean fileExists() {
        return Files.isRegularFile(file);
    }

    Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The key types the file knows for this host, to say so when the server offered only other types. */
    List<String> knownTypes(String host, int port) {
        return findExistingAlgorithms(host, port);
    }

    @Override
    protected boolean hostKeyUnverifiableAction(String hostEntry, PublicKey key) {
        if (acceptUnknown) {
            return true;
        }
        refusal = new Refusal(Verdict.UNKNOWN, hostEntry, KeyType.fromKey(key).toString(), fingerprint(key));
        return false;
    }

    @Override
    protected boolean hostKeyChangedAction(String hostEntry, PublicKey key) {
        refusal = new Refusal(Verdict.CHANGED, hostEntry, KeyType.fromKey(key).toString(), fingerprint(key));
        return false;
    }

    /** The fingerprint as OpenSSH prints it ({@code SHA256:} and unpadded base64), to compare with ssh-keygen -l. */
    static String fingerprint(PublicKey key) {
        byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
