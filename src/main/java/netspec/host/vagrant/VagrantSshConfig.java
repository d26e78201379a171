package netspec.host.vagrant;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import netspec.host.ssh.SshSettings;

/** What {@code vagrant ssh-config <machine>} prints: an OpenSSH client config block for that machine. */
record VagrantSshConfig(String hostName, int port, String user, Path identityFile) {

    /**
     * @throws IllegalArgumentException when the output lacks what SSH needs, naming what is missing
     */
    static VagrantSshConfig parse(String output) {
        Map<String, String> options = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] words = line.strip().split("\\s+", 2);
            if (words.length == 2) {
                // the first occurrence wins, as in ssh_config; Vagrant quotes paths that hold spaces
                options.putIfAbsent(words[0].toLowerCase(Locale.ROOT), unquote(words[1].strip()));
            }
        }
        for (String needed : new String[]{"hostname", "port", "user", "identityfile"}) {
            if (!options.containsKey(needed)) {
                throw new IllegalArgumentException("vagrant ssh-config printed no " + needed + ": " + output.strip());
            }
        }
        return new VagrantSshConfig(options.get("hostname"), Integer.parseInt(options.get("port")),
                options.get("user"), Path.of(options.get("identityfile")));
    }

    /** Vagrant's machines get a new host key each time they are created, and Vagrant says not to check it. */
    SshSettings sshSettings(Duration connectTimeout) {
        return new SshSettings(hostName, port, user, identityFile, null, connectTimeout, true);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
