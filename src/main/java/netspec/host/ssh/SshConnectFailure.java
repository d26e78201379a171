package netspec.host.ssh;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;

import net.schmizz.sshj.userauth.UserAuthException;
import netspec.host.ssh.KnownHostsCheck.Refusal;

/**
 * The SSH target cannot be reached or logged into. The message is one line: the target, what went wrong, and
 * what to do about it; the cause keeps sshj's own exception for the report.
 */
public final class SshConnectFailure extends RuntimeException {

    SshConnectFailure(SshSettings settings, String what, Throwable cause) {
        super("cannot connect to ssh:" + settings.address() + ": " + what, cause);
    }

    private SshConnectFailure(SshConnectFailure first) {
        super(first.getMessage(), first);
    }

    /** The same line for a later sandbox, which fails at once instead of trying again. */
    SshConnectFailure again() {
        return new SshConnectFailure(this);
    }

    /** Why connecting failed, in the terms of the settings that would fix it. */
    static SshConnectFailure explain(Throwable error, SshSettings settings, KnownHostsCheck hostKeys,
                                     boolean deadlinePassed) {
        String host = settings.host();
        int port = settings.port();
        long millis = settings.connectTimeout().toMillis();
        String timeout = (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " s";
        String what;
        if (hostKeys.refusal().isPresent()) {
            what = hostKeyProblem(hostKeys.refusal().get(), hostKeys, settings);
        } else if (has(error, UserAuthException.class)) {
            what = "the server did not accept the key " + settings.key() + " for user " + settings.user()
                    + "; add " + settings.key() + ".pub to ~" + settings.user() + "/.ssh/authorized_keys on the host,"
                    + " or set netspec.ssh.user / netspec.ssh.key to a user and key it accepts";
        } else if (has(error, ConnectException.class)) {
            what = "connection refused: nothing listens on port " + port + " of " + host
                    + "; start sshd there, or set netspec.ssh.port to the port it listens on";
        } else if (has(error, UnknownHostException.class)) {
            what = "the host name " + host + " does not resolve; fix netspec.ssh.host";
        } else if (has(error, NoRouteToHostException.class)) {
            what = "no route to " + host + "; check the address (netspec.ssh.host) and that the host is up";
        } else if (deadlinePassed || has(error, SocketTimeoutException.class)) {
            what = "no SSH answer within " + timeout + " (netspec.ssh.connectTimeout); check that the host is up and"
                    + " reachable from here and that sshd listens on port " + port + ", or raise the timeout";
        } else {
            what = "the server ended the connection (" + rootMessage(error) + "); check that port " + port
                    + " is sshd's and what its log says about this client";
        }
        return new SshConnectFailure(settings, what, error);
    }

    private static String hostKeyProblem(Refusal refusal, KnownHostsCheck hostKeys, SshSettings settings) {
        String key = refusal.keyType() + " key " + refusal.fingerprint();
        String file = hostKeys.file().toString();
        String scan = "ssh-keyscan -p " + settings.port() + " -t " + refusal.keyType() + " " + settings.host()
                + " >> " + file;
        return switch (refusal.verdict()) {
            case CHANGED -> "the host key has CHANGED: " + file + " holds another " + refusal.keyType() + " key for "
                    + refusal.hostEntry() + ", the server now shows " + key + ". Someone may be intercepting the"
                    + " connection; only if the host was really reinstalled, remove the old entry (ssh-keygen -R '"
                    + refusal.hostEntry() + "' -f " + file + ") and add the new one (" + scan + ")";
            case UNKNOWN -> {
                List<String> known = hostKeys.knownTypes(settings.host(), settings.port());
                String why = !hostKeys.fileExists() ? "the known_hosts file " + file + " does not exist"
                        : known.isEmpty() ? refusal.hostEntry() + " is not in " + file
                        : file + " knows " + refusal.hostEntry() + " only by its " + String.join(", ", known)
                        + " key, which the server did not offer";
                yield "unknown host key: " + why + "; the server shows " + key + ". If that is the host's key"
                        + " (compare with ssh-keygen -lf on its /etc/ssh/ssh_host_*_key.pub), add it: " + scan
                        + ", or set netspec.ssh.knownHosts to the file that has it";
            }
        };
    }

    private static boolean has(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
