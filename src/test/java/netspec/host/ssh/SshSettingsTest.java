package netspec.host.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SshSettingsTest {

    private static final Map<String, String> GIVEN = Map.of("netspec.ssh.host", "10.0.0.5", "netspec.ssh.port", "2222",
            "netspec.ssh.user", "vagrant", "netspec.ssh.key", "/keys/id", "netspec.ssh.knownHosts", "/keys/kh",
            "netspec.ssh.connectTimeout", "2.5", "netspec.ssh.sudo", "no");

    @AfterEach
    void forget() {
        GIVEN.keySet().forEach(System::clearProperty);
    }

    @Test
    void readsEverySettingFromSystemProperties() {
        GIVEN.forEach(System::setProperty);
        SshSettings settings = SshSettings.fromSystem();
        assertThat(settings).isEqualTo(new SshSettings("10.0.0.5", 2222, "vagrant", Path.of("/keys/id"),
                Path.of("/keys/kh"), Duration.ofMillis(2500), false));
        assertThat(settings.address()).isEqualTo("vagrant@10.0.0.5:2222");
        assertThat(settings.loginIsRoot()).isFalse();
    }

    @Test
    void defaultsAreThoseOfOpenSsh() {
        assumeNoSettingsInTheEnvironment();
        System.setProperty("netspec.ssh.host", "example.test");
        SshSettings settings = SshSettings.fromSystem();
        assertThat(settings.port()).isEqualTo(22);
        assertThat(settings.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(settings.knownHosts()).isEqualTo(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.sudo()).isTrue();
    }

    @Test
    void aMissingHostSaysWhichSettingToSet() {
        assumeNoSettingsInTheEnvironment();
        assertThatThrownBy(SshSettings::fromSystem).hasMessageContaining("-Dnetspec.ssh.host=")
                .hasMessageContaining("NETSPEC_SSH_HOST");
    }

    @Test
    void badValuesNameTheSetting() {
        System.setProperty("netspec.ssh.host", "example.test");
        System.setProperty("netspec.ssh.port", "ssh");
        assertThatThrownBy(SshSettings::fromSystem).hasMessage("netspec.ssh.port must be a whole number, not 'ssh'");
        System.setProperty("netspec.ssh.port", "70000");
        assertThatThrownBy(SshSettings::fromSystem).hasMessage("netspec.ssh.port must be 1 to 65535, not 70000");
        System.setProperty("netspec.ssh.port", "22");
        System.setProperty("netspec.ssh.connectTimeout", "soon");
        assertThatThrownBy(SshSettings::fromSystem).hasMessageStartingWith("netspec.ssh.connectTimeout must be");
        System.setProperty("netspec.ssh.connectTimeout", "0");
        assertThatThrownBy(SshSettings::fromSystem).hasMessageStartingWith("netspec.ssh.connectTimeout must be");
    }

    /** The environment variables stand behind the properties; a shell that has them set hides the defaults. */
    private static void assumeNoSettingsInTheEnvironment() {
        assumeTrue(System.getenv().keySet().stream().noneMatch(name -> name.startsWith("NETSPEC_SSH_")),
                "NETSPEC_SSH_* variables are set in this environment");
    }
}
