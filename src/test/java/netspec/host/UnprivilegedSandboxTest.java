package netspec.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import netspec.capability.Capability;
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

    @Test
    void aUserWithSubordinateIdsCapturesPacketsInItsSandbox() throws Exception {
        assumeTrue(RunnerIdentity.isRoot(), "switching to another user needs the runner to be root");
        Optional<List<String>> user = userWithSubordinateIds();
        assumeTrue(user.isPresent(), "no user here owns subordinate IDs in /etc/subuid and /etc/subgid: with"
                + " uidmap installed, `useradd --create-home netspec-rootless` makes one (.ci/run does)");
        LocalTarget target = new LocalTarget(user.get(), true);

        try (LocalSandbox sandbox = (LocalSandbox) target.openSandbox()) {
            assertThat(sandbox.run("cat /proc/self/uid_map").stdout().strip().lines()).as("uid map").hasSizeGreaterThan(1);
            assertThat(sandbox.run("cat /proc/self/setgroups").stdout()).isEqualTo("allow\n");
            CommandResult capture = sandbox.run(Capability.TCPDUMP.probe());
            assertThat(capture.exitStatus()).as(capture.transcript()).isZero();
        }
    }

    /** setpriv's arguments for the first user other than root that owns subordinate user and group IDs. */
    private static Optional<List<String>> userWithSubordinateIds() throws IOException {
        Path subuid = Path.of("/etc/subuid");
        Path subgid = Path.of("/etc/subgid");
        if (!Files.exists(subuid) || !Files.exists(subgid)) {
            return Optional.empty();
        }
        List<String> groupOwners = Files.readAllLines(subgid).stream().map(l -> l.split(":")[0]).toList();
        for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
            String[] entry = line.split(":");
            boolean owns = Files.readAllLines(subuid).stream().anyMatch(l -> l.startsWith(entry[0] + ":"))
                    && groupOwners.stream().anyMatch(g -> g.equals(entry[0]) || g.equals(entry[3]));
            if (owns && !entry[2].equals("0")) {
                return Optional.of(List.of("setpriv", "--reuid=" + entry[2], "--regid=" + entry[3], "--clear-groups"));
            }
        }
        return Optional.empty();
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
