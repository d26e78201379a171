package netspec.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** netspec.targets: each form read into a target with its settings; anything else refused before a run starts. */
class TargetListTest {

    @Test
    void localSshAndVagrantTargetsInTheOrderGiven() {
        var targets = TargetList.parse(" local, ssh://root@127.0.0.1:2222 ,vagrant:pause,ssh://build.example.com");
        assertThat(targets).extracting(TargetSpec::name)
                .containsExactly("local", "ssh-root@127.0.0.1-2222", "vagrant-pause", "ssh-build.example.com");
        assertThat(targets.get(0).settings()).isEqualTo(Map.of("netspec.target", "local"));
        assertThat(targets.get(1).settings()).isEqualTo(Map.of("netspec.target", "ssh", "netspec.ssh.host", "127.0.0.1",
                "netspec.ssh.user", "root", "netspec.ssh.port", "2222"));
        assertThat(targets.get(2).settings()).isEqualTo(Map.of("netspec.target", "vagrant", "netspec.vagrant.machine", "pause"));
        // no user or port: netspec.ssh.user and netspec.ssh.port (or their defaults) say
        assertThat(targets.get(3).settings()).isEqualTo(Map.of("netspec.target", "ssh", "netspec.ssh.host", "build.example.com"));
    }

    @Test
    void anIpv6HostInBrackets() {
        var target = TargetList.parse("ssh://root@[fd00::5]:22").get(0);
        assertThat(target.settings()).containsEntry("netspec.ssh.host", "fd00::5");
        assertThat(target.name()).isEqualTo("ssh-root@fd00__5-22");
    }

    @Test
    void badSpecsAreRefusedNamingTheElementAndTheFormsThatWork() {
        assertThatThrownBy(() -> TargetList.parse("local,sshh://h")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("netspec.targets: 'sshh://h' is not a target")
                .hasMessageContaining("local, ssh://[user@]host[:port], vagrant:<machine>, or @<inventory>");
        assertThatThrownBy(() -> TargetList.parse("ssh://root@h:0")).hasMessageContaining("the port must be 1 to 65535, not '0'");
        assertThatThrownBy(() -> TargetList.parse("ssh://root@h:")).hasMessageContaining("the port must be 1 to 65535, not ''");
        assertThatThrownBy(() -> TargetList.parse("ssh://root@")).hasMessageContaining("'ssh://root@' is not an SSH target");
        assertThatThrownBy(() -> TargetList.parse("ssh://a b@h")).hasMessageContaining("'a b' is not a user name");
        assertThatThrownBy(() -> TargetList.parse("ssh://h/path")).hasMessageContaining("is not an SSH target");
        assertThatThrownBy(() -> TargetList.parse("vagrant:")).hasMessageContaining("'vagrant:' names no Vagrant machine");
        assertThatThrownBy(() -> TargetList.parse("local,,vagrant:pause")).hasMessageContaining("has an empty element");
        assertThatThrownBy(() -> TargetList.parse("local,local")).hasMessageContaining("target local is listed twice");
        assertThatThrownBy(() -> TargetList.parse("@nowhere/hosts.ini")).hasMessageContaining("is not a file");
    }
}
