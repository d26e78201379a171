package netspec.host.vagrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import netspec.linux.Captured;
import netspec.host.ssh.SshSettings;

class VagrantTargetTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSshSettingsVagrantPrints() {
        VagrantSshConfig config = VagrantSshConfig.parse(Captured.read("vagrant/ssh-config-pause.txt"));
        assertThat(config).isEqualTo(new VagrantSshConfig("127.0.0.1", 2222, "vagrant",
                Path.of("/var/cache/netspec-vm/vagrant.d/boxes/netspec-bookworm/0/libvirt/vagrant_key")));
        SshSettings settings = config.sshSettings(Duration.ofSeconds(30));
        assertThat(settings.knownHosts()).as("host key not checked, as Vagrant asks").isNull();
        assertThat(settings.address()).isEqualTo("vagrant@127.0.0.1:2222");
        assertThat(settings.sudo()).isTrue();
    }

    @Test
    void saysWhatIsMissingFromAnIncompleteConfig() {
        assertThatThrownBy(() -> VagrantSshConfig.parse("Host pause\n  HostName 10.0.0.5\n"))
                .hasMessageContaining("printed no port");
    }

    @Test
    void anUnknownMachineGetsOneLineNamingTheVagrantfile() throws IOException {
        VagrantTarget target = target("nosuch", fakeVagrant(Captured.read("vagrant/unknown-machine.txt")));
        assertThatThrownBy(target::openSandbox).isInstanceOf(VagrantProblem.class)
                .hasMessage("cannot use target vagrant:nosuch: there is no machine 'nosuch' in " + dir.resolve("Vagrantfile")
                        + "; 'vagrant status' there lists the machines (the demo machines are "
                        + VagrantTarget.DEMO_MACHINES + ")");
    }

    @Test
    void aMachineThatIsNotRunningSaysHowToStartIt() throws IOException {
        VagrantTarget target = target("pause", fakeVagrant(Captured.read("vagrant/not-running.txt")));
        assertThatThrownBy(target::openSandbox).isInstanceOf(VagrantProblem.class)
                .hasMessage("cannot use target vagrant:pause: machine 'pause' is not running: run 'vagrant up pause' in "
                        + dir + ", or add -Dnetspec.vagrant.up=true");
        // every later scenario gets the same line at once, without asking Vagrant again
        assertThatThrownBy(target::openSandbox).hasMessageContaining("is not running");
    }

    @Test
    void withoutVagrantInstalledTheLineSaysHowToGetIt() {
        VagrantTarget target = target("pause", "/nonexistent/vagrant");
        assertThatThrownBy(target::openSandbox).isInstanceOf(VagrantProblem.class)
                .hasMessageContaining("the vagrant command cannot be run")
                .hasMessageContaining("install Vagrant");
    }

    @Test
    void refusesBadMachineNamesBeforeRunningAnything() {
        assertThatThrownBy(() -> target("pause;reboot", "vagrant"))
                .hasMessageContaining("netspec.vagrant.machine 'pause;reboot' is invalid");
        assertThatThrownBy(() -> target("", "vagrant")).hasMessageContaining("-Dnetspec.vagrant.machine=");
    }

    @Test
    void knowsWhichDemoMachineAScenarioIsMeantFor() {
        assertThat(VagrantTarget.machineOf(List.of("@flannel", "@requires:vxlan"))).contains("flannel");
        assertThat(VagrantTarget.machineOf(List.of("@bridge", "@requires:bridge"))).isEmpty();
    }

    @Test
    void runsAnotherDemoMachinesScenarioOnlyWhenToldToRunThemAll() {
        List<String> bashMachine = List.of("@bash", "@requires:jq");
        assertThat(target("pause", "vagrant").whyNotHere(bashMachine).map(netspec.evidence.SkipCause::message)).get(as(STRING))
                .startsWith("meant for the demo machine 'bash'; this run targets vagrant:pause")
                .contains("-Dnetspec.vagrant.allMachines=true");
        assertThat(target("bash", "vagrant").whyNotHere(bashMachine)).isEmpty();
        assertThat(target("pause", "vagrant").whyNotHere(List.of("@veth"))).isEmpty();
        VagrantTarget all = new VagrantTarget("pause", new Vagrant("vagrant", dir), false, VagrantTarget.After.KEEP,
                Duration.ofSeconds(5), true);
        assertThat(all.whyNotHere(bashMachine)).isEmpty();
    }

    private VagrantTarget target(String machine, String command) {
        return new VagrantTarget(machine, new Vagrant(command, dir), false, VagrantTarget.After.KEEP,
                Duration.ofSeconds(5), false);
    }

    /** A stand-in for vagrant that answers --version and fails every other command with Vagrant's real words. */
    private String fakeVagrant(String failure) throws IOException {
        Path said = dir.resolve("said.txt");
        Files.writeString(said, failure);
        Path script = dir.resolve("vagrant");
        Files.writeString(script, "#!/bin/sh\n[ \"$1\" = --version ] && { echo 'Vagrant 2.3.4'; exit 0; }\ncat '"
                + said + "'\nexit 1\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script.toString();
    }
}
