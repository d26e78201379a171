package netspec.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import netspec.shell.CommandResult;

/** A runner without privileges still gets a root shell in its sandbox, through a user namespace. */
class UnprivilegedSandboxTest {

    /** uid/gid 65534 (nobody): no capability and no group in the machine's namespaces. */
    private static final List<String> AS_NOBODY = List.of("setpriv", "--reuid=65534", "--regid=65534",
            "--clear-groups");

    @Test
    void nobodyIsRootInItsSandboxAndCanBuildATopology() throws Exception {
        assumeTrue(RunnerIdentity.isRoot(), "switching to uid 65534 needs the runner to be root");
        assumeTrue(kernelGivesNobodyAUserNamespace(), "this machine refuses uid 65534 a user namespace"
                + " (a sysctl restricts them, or the runner is chrooted): `setpriv --reuid=65534 unshare --user true` fails");
        LocalTarget target = new LocalTarget(AS_NOBODY, true);

        try (LocalSandbox sandbox = (LocalSandbox) target.openSandbox()) {
            assertThat(uidOnTheMachine(sandbox.initPid())).as("uid of the sandbox's PID 1 on the machine")
                    .isEqualTo("65534");
            assertThat(sandbox.run("id -u").stdout()).isEqualTo("0\n");

            CommandResult built = sandbox.run("ip link add br0 type bridge && ip link add veth0 type veth peer name veth1"
                    + " && ip link set veth1 master br0 && ip netns add ns1");
            assertThat(built.exitStatus()).as(built.transcript()).isZero();

            JsonNode links = new ObjectMapper().readTree(sandbox.run("ip -j link show").stdout());
            assertThat(links.findValuesAsText("ifname")).contains("br0", "veth0", "veth1");
            assertThat(links.findValuesAsText("master")).containsExactly("br0");
            assertThat(sandbox.run("ip netns list").stdout()).startsWith("ns1");
            assertThat(sandbox.run("ip netns exec ns1 ip -o link show").stdout()).contains("lo:");
        }
    }

    /** Asked without netspec, so that a refusal by the machine is told apart from a defect of netspec. */
    private static boolean kernelGivesNobodyAUserNamespace() throws IOException, InterruptedException {
        List<String> probe = new ArrayList<>(AS_NOBODY);
        probe.addAll(List.of("unshare", "--user", "--map-root-user", "true"));
        Process process = new ProcessBuilder(probe).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor() == 0;
    }

    /** The real uid as the machine sees it: the second field of the Uid line of /proc/PID/status. */
    private static String uidOnTheMachine(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow().split("\\s+")[1];
    }
}
