package netspec.host.ssh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import netspec.host.Setting;

/**
 * How to reach an SSH target. Each setting is a system property or, where users of ssh expect one, an
 * environment variable; the defaults are those of OpenSSH's client.
 *
 * @param host           {@code netspec.ssh.host} / {@code NETSPEC_SSH_HOST}, required
 * @param port           {@code netspec.ssh.port} / {@code NETSPEC_SSH_PORT}, default 22
 * @param user           {@code netspec.ssh.user} / {@code NETSPEC_SSH_USER}, default the local user name
 * @param key            {@code netspec.ssh.key} / {@code NETSPEC_SSH_KEY}, an unencrypted private key file;
 *                       default the first of ~/.ssh/id_ed25519, id_ecdsa, id_rsa that exists
 * @param knownHosts     {@code netspec.ssh.knownHosts} / {@code NETSPEC_SSH_KNOWN_HOSTS}, default ~/.ssh/known_hosts; null only for
 *                       the vagrant target, whose machines get a new host key each time they are created
 * @param connectTimeout {@code netspec.ssh.connectTimeout} / {@code NETSPEC_SSH_CONNECT_TIMEOUT}, in seconds,
 *                       default 10: the whole of connecting, host key check and login must fit in it
 * @param sudo           {@code netspec.ssh.sudo} / {@code NETSPEC_SSH_SUDO}, default true: a user other than
 *                       root starts sandboxes with {@code sudo -n}; false starts them in a user namespace
 */
public record SshSettings(String host, int port, String user, Path key, Path knownHosts, Duration connectTimeout,
                          boolean sudo) {

    private static final Path SSH_DIR = Path.of(System.getProperty("user.home"), ".ssh");
    private static final List<String> DEFAULT_KEYS = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    public SshSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("netspec.target=ssh needs the host: set -Dnetspec.ssh.host=<name or"
                    + " address> (or NETSPEC_SSH_HOST); see README, 'Running over SSH'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("netspec.ssh.port must be 1 to 65535, not " + port);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("netspec.ssh.connectTimeout must be a positive number of seconds");
        }
    }

    public static SshSettings fromSystem() {
        return new SshSettings(
                Setting.SSH_HOST.valueOr(""),
                number("port", Setting.SSH_PORT.value()),
                Setting.SSH_USER.valueOr(System.getProperty("user.name")),
                Path.of(Setting.SSH_KEY.valueOr(defaultKey().toString())),
                Path.of(Setting.SSH_KNOWN_HOSTS.valueOr(SSH_DIR.resolve("known_hosts").toString())),
                seconds(Setting.SSH_CONNECT_TIMEOUT.value()),
                flag(Setting.SSH_SUDO.value()));
    }

    /** {@code user@host:port}, the way messages name the target. */
    public String address() {
        return user + "@" + host + ":" + port;
    }

    /** Root by name: the one user that needs neither sudo nor a user namespace. */
    public boolean loginIsRoot() {
        return user.equals("root");
    }

    public SshSettings withUser(String otherUser) {
        return new SshSettings(host, port, otherUser, key, knownHosts, connectTimeout, sudo);
    }

    public SshSettings withPort(int otherPort) {
        return new SshSettings(host, otherPort, user, key, knownHosts, connectTimeout, sudo);
    }

    public SshSettings withKey(Path otherKey) {
        return new SshSettings(host, port, user, otherKey, knownHosts, connectTimeout, sudo);
    }

    /** Null known_hosts: the host key is not checked, as {@code vagrant ssh-config} asks (see VagrantTarget). */
    public SshSettings withKnownHosts(Path otherKnownHosts) {
        return new SshSettings(host, port, user, key, otherKnownHosts, connectTimeout, sudo);
    }

    public SshSettings withConnectTimeout(Duration otherTimeout) {
        return new SshSettings(host, port, user, key, knownHosts, otherTimeout, sudo);
    }

    public SshSettings withSudo(boolean useSudo) {
        return new SshSettings(host, port, user, key, knownHosts, connectTimeout, useSudo);
    }

    private static Path defaultKey() {
        return DEFAULT_KEYS.stream().map(SSH_DIR::resolve).filter(Files::isRegularFile).findFirst()
                .orElse(SSH_DIR.resolve(DEFAULT_KEYS.get(0)));
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("netspec.ssh." + name + " must be a whole number, not '" + value + "'");
        }
    }

    static Duration seconds(String value) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("netspec.ssh.connectTimeout must be a number of seconds (e.g. 10"
                    + " or 2.5), not '" + value + "'");
        }
    }

    static boolean flag(String value) {
        return switch (value.toLowerCase()) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("netspec.ssh.sudo must be true or false, not '" + value
                    + "'");
        };
    }
}
