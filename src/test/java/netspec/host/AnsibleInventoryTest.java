package netspec.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ansible inventories, INI and YAML, with nested groups and variables at every level, read as netspec targets. */
class AnsibleInventoryTest {

    @TempDir
    Path dir;

    /** The same fleet in both formats: all > prod > (web, db); web's vars, a host's own vars, all's vars. */
    private static final String INI = """
            # a fleet
            bastion.example.com:2200 ansible_user=ops

            [web]
            web[01:02].example.com
            web03 ansible_host=10.0.0.13 ansible_port=2222 ansible_user="admin user"  # its own user

            [db]
            db1 ansible_host=10.0.1.1

            [prod:children]
            web
            db

            [web:vars]
            ansible_user=deploy
            ansible_ssh_private_key_file=~/.ssh/web_key

            [prod:vars]
            ansible_user = produser
            ansible_port=22

            [all:vars]
            ansible_user=everyone
            ansible_ssh_private_key_file=/keys/fleet

            [local]
            controller ansible_connection=local
            """;

    private static final String YAML = """
            all:
              hosts:
                bastion.example.com:
                  ansible_port: 2200
                  ansible_user: ops
              vars:
                ansible_user: everyone
                ansible_ssh_private_key_file: /keys/fleet
              children:
                prod:
                  vars:
                    ansible_user: produser
                    ansible_port: 22
                  children:
                    web:
                      hosts:
                        web01.example.com:
                        web02.example.com:
                        web03:
                          ansible_host: 10.0.0.13
                          ansible_port: 2222
                          ansible_user: admin user
                      vars:
                        ansible_user: deploy
                        ansible_ssh_private_key_file: ~/.ssh/web_key
                    db:
                      hosts:
                        db1:
                          ansible_host: 10.0.1.1
                local:
                  hosts:
                    controller:
                      ansible_connection: local
            """;

    @Test
    void anIniInventoryGivesEveryHostWithItsMergedVariables() throws IOException {
        assertFleet(TargetList.parse("@" + write("hosts.ini", INI)));
    }

    @Test
    void aYamlInventoryGivesTheSameTargets() throws IOException {
        assertFleet(TargetList.parse("@" + write("hosts.yml", YAML)));
    }

    @Test
    void theFormatIsTakenFromTheTextWhenTheNameDoesNotSayIt() throws IOException {
        assertFleet(TargetList.parse(write("yaml-inventory", YAML).toString()));
        assertFleet(TargetList.parse(write("ini-inventory", INI).toString()));
    }

    private void assertFleet(List<TargetSpec> targets) {
        String home = System.getProperty("user.home");
        assertThat(targets).extracting(TargetSpec::name).containsExactlyInAnyOrder("bastion.example.com",
                "web01.example.com", "web02.example.com", "web03", "db1", "controller");
        Map<String, Map<String, String>> byName = new java.util.HashMap<>();
        targets.forEach(t -> byName.put(t.name(), t.settings()));
        // the host's own variables over its group's over the parent group's over all's
        assertThat(byName.get("web03")).containsEntry("netspec.target", "ssh").containsEntry("netspec.ssh.host", "10.0.0.13")
                .containsEntry("netspec.ssh.port", "2222").containsEntry("netspec.ssh.user", "admin user")
                .containsEntry("netspec.ssh.key", home + "/.ssh/web_key");
        // web's vars over prod's; the host is reached by its inventory name
        assertThat(byName.get("web01.example.com")).containsEntry("netspec.ssh.host", "web01.example.com")
                .containsEntry("netspec.ssh.user", "deploy").containsEntry("netspec.ssh.port", "22");
        // prod's vars over all's
        assertThat(byName.get("db1")).containsEntry("netspec.ssh.host", "10.0.1.1").containsEntry("netspec.ssh.user", "produser")
                .containsEntry("netspec.ssh.key", "/keys/fleet");
        // a host in no group: all's vars under its own
        assertThat(byName.get("bastion.example.com")).containsEntry("netspec.ssh.port", "2200")
                .containsEntry("netspec.ssh.user", "ops").containsEntry("netspec.ssh.key", "/keys/fleet");
        assertThat(byName.get("controller")).isEqualTo(Map.of("netspec.target", "local"));
    }

    @Test
    void aGroupNestedUnderTwoParentsTakesTheDeeperOnesVariables() throws IOException {
        String ini = """
                [leaf]
                h1
                [mid:children]
                leaf
                [top:children]
                mid
                [top:vars]
                ansible_user=top
                [mid:vars]
                ansible_user=mid
                """;
        assertThat(TargetList.parse("@" + write("nest.ini", ini)).get(0).settings()).containsEntry("netspec.ssh.user", "mid");
    }

    @Test
    void brokenInventoriesAreRefusedNamingTheFileAndTheLine() throws IOException {
        assertThatThrownBy(() -> TargetList.parse("@" + write("bad.ini", "[web]\nweb1 ansible_port\n")))
                .hasMessageContaining("bad.ini, line 2").hasMessageContaining("'ansible_port' after host web1 is not name=value");
        assertThatThrownBy(() -> TargetList.parse("@" + write("port.ini", "web1 ansible_port=99999\n")))
                .hasMessageContaining("host web1: the port must be 1 to 65535, not '99999'");
        assertThatThrownBy(() -> TargetList.parse("@" + write("conn.ini", "c1 ansible_connection=docker\n")))
                .hasMessageContaining("host c1: ansible_connection=docker is not a way netspec reaches a host");
        assertThatThrownBy(() -> TargetList.parse("@" + write("loop.ini", "[a:children]\nb\n[b:children]\na\n[b]\nh\n")))
                .hasMessageContaining("groups contain each other");
        assertThatThrownBy(() -> TargetList.parse("@" + write("empty.yml", "all:\n  vars:\n    x: 1\n")))
                .hasMessageContaining("empty.yml lists no host");
        assertThatThrownBy(() -> TargetList.parse("@" + write("typo.yml", "all:\n  host:\n    h1:\n")))
                .hasMessageContaining("group all: 'host' is none of hosts, vars, children");
        assertThatThrownBy(() -> TargetList.parse("@" + write("notyaml.yml", "all: [\n")))
                .hasMessageContaining("notyaml.yml is not YAML");
        assertThatThrownBy(() -> TargetList.parse("@" + dir.resolve("missing.ini")))
                .hasMessageContaining("missing.ini is not a file");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
