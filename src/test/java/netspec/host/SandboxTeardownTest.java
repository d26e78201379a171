package netspec.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import netspec.shell.CommandTimeoutException;

/**
 * However a sandbox ends (closed, timed out, or its runner SIGKILLed mid-command) nothing of it remains:
 * no process, no network namespace, no link, mount or /run/netns entry on the machine.
 *
 * <p>The checks follow the sandbox's own processes and namespaces rather than machine-wide counts, because
 * other runs on the same machine may open sandboxes meanwhile; the counts are printed for the record.
 */
class SandboxTeardownTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    /** What a scenario typically leaves around: links, a named netns, processes in and out of it. */
    private static final String POPULATE = "ip link add br0 type bridge && ip link add veth0 type veth peer name veth1"
            + " && ip link set veth1 master br0 && ip netns add ns1"
            + " && { ip netns exec ns1 sleep 600 >/dev/null 2>&1 & } && { sleep 600 >/dev/null 2>&1 & }";

    private final LocalTarget target = new LocalTarget();
    private HostState before;
    private String testName;

    @BeforeEach
    void recordTheMachine(TestInfo test) {
        before = HostState.now();
        testName = test.getTestMethod().orElseThrow().getName();
    }

    @Test
    void runnerKilledWithSigkillMidCommandLeavesNothing() throws Exception {
        Process runner = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                SandboxVictim.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            // "sandbox <init pid> <its netns> <ns1's netns>"
            String[] said = CompletableFuture.supplyAsync(() -> firstLine(runner)).get(60, TimeUnit.SECONDS)
                    .split(" ");
            assertThat(said).as("what the victim printed").hasSize(4).startsWith("sandbox");
            ProcessHandle init = ProcessHandle.of(Long.parseLong(said[1])).orElseThrow();
            // the victim's foreground command; its sleeper in ns1 sleeps 900
            await().atMost(Duration.ofSeconds(10)).until(() -> init.descendants()
                    .anyMatch(p -> p.info().commandLine().orElse("").endsWith("sleep 600")));
            Footprint footprint = Footprint.of(ProcessHandle.of(runner.pid()).orElseThrow());
            assertThat(footprint.netNamespaces()).contains(said[2], said[3]);

            runner.destroyForcibly();

            assertGone(footprint);
        } finally {
            runner.destroyForcibly();
        }
    }

    @Test
    void closeLeavesNothing() {
        LocalSandbox sandbox = (LocalSandbox) target.openSandbox();
        Footprint footprint;
        try {
            assertThat(sandbox.run(POPULATE).succeeded()).isTrue();
            footprint = Footprint.of(sandbox);
        } finally {
            sandbox.close();
        }
        assertGone(footprint);
    }

    @Test
    void commandTimeoutLeavesNothing() {
        try (LocalSandbox sandbox = (LocalSandbox) target.openSandbox()) {
            assertThat(sandbox.run(POPULATE).succeeded()).isTrue();
            Footprint footprint = Footprint.of(sandbox);

            assertThatThrownBy(() -> sandbox.run("sleep 600", Duration.ofMillis(300)))
                    .isInstanceOf(CommandTimeoutException.class);

            // the timeout alone must clean up: a caller that forgets close() still leaks nothing
            assertGone(footprint);
        }
    }

    @Test
    void namedNamespacesWithoutProcessesAreFreedToo() throws IOException {
        // a netns held only by its /run/netns mount has no /proc entry; the kernel's count of them is the slab
        // cache of struct net, which only root can read and which is approximate, hence the wide margin
        Path slabinfo = Path.of("/proc/slabinfo");
        assumeTrue(Files.isReadable(slabinfo) && netNamespaceObjects() >= 0,
                "needs a readable /proc/slabinfo with a net_namespace cache");
        long start = netNamespaceObjects();
        for (int i = 0; i < 20; i++) {
            try (Sandbox sandbox = target.openSandbox()) {
                sandbox.run("for n in a b c d e f g h; do ip netns add $n; done");
                assertThat(sandbox.run("ip netns list | wc -l").stdout()).isEqualTo("8\n");
            }
        }
        // 180 namespaces were made (kept open, the count rises by about 170); the kernel frees them asynchronously
        await().atMost(SETTLE).untilAsserted(() -> assertThat(netNamespaceObjects()).isLessThan(start + 60));
    }

    private static long netNamespaceObjects() throws IOException {
        return Files.readAllLines(Path.of("/proc/slabinfo")).stream().filter(l -> l.startsWith("net_namespace "))
                .mapToLong(l -> Long.parseLong(l.split("\\s+")[1])).findFirst().orElse(-1);
    }

    @Test
    void sandboxOutlivesTheThreadThatOpenedIt() throws Exception {
        // PR_SET_PDEATHSIG fires when the creating thread ends: a pool thread opening a sandbox must not doom it
        LocalSandbox[] opened = new LocalSandbox[1];
        Thread opener = new Thread(() -> opened[0] = (LocalSandbox) target.openSandbox());
        opener.start();
        opener.join();
        try (LocalSandbox sandbox = opened[0]) {
            Thread.sleep(200); // time for a death signal, had there been one, to land
            assertThat(sandbox.run("echo alive").stdout()).isEqualTo("alive\n");
        }
    }

    private void assertGone(Footprint footprint) {
        long start = System.nanoTime();
        await().atMost(SETTLE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).untilAsserted(() -> {
            assertThat(footprint.processes()).as("processes of the sandbox still running")
                    .filteredOn(Footprint::running).isEmpty();
            assertThat(HostState.netNamespacesInUse()).as("net namespaces on the machine")
                    .doesNotContainAnyElementsOf(footprint.netNamespaces());
        });
        long gone = System.nanoTime() - start;
        HostState after = HostState.now();
        System.out.printf("%s: before %s; with the sandbox %s; after %s; all gone %.0f ms after the end%n",
                testName, before.counts(), footprint.countsWhileOpen(), after.counts(), gone / 1e6);
        assertThat(after.links()).as("the machine's links").isEqualTo(before.links());
        assertThat(after.runNetns()).as("the machine's /run/netns").isEqualTo(before.runNetns());
        // other work on the machine may mount things meanwhile (a chroot's /proc), so look for ours only
        assertThat(after.mounts()).as("the machine's mounts").filteredOn(line -> !before.mounts().contains(line))
                .noneMatch(line -> line.contains("netspec-") || line.contains(" nsfs ")
                        || line.contains("/run/netns"));
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    private static String firstLine(Process process) {
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            if (line == null) {
                throw new IllegalStateException("the victim ended before opening its sandbox; see its stderr above");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every process of a sandbox (from its unshare or its runner down) and every net namespace they are in. */
    private record Footprint(List<ProcessHandle> processes, Set<String> netNamespaces, String countsWhileOpen) {

        static Footprint of(LocalSandbox sandbox) {
            ProcessHandle init = ProcessHandle.of(sandbox.initPid()).orElseThrow();
            return of(init.parent().orElseThrow());
        }

        static Footprint of(ProcessHandle root) {
            List<ProcessHandle> processes = Stream.concat(Stream.of(root), root.descendants()).toList();
            String machine = HostState.netNamespaceOf(ProcessHandle.current().pid());
            Set<String> netns = processes.stream().map(p -> HostState.netNamespaceOf(p.pid()))
                    .filter(n -> n != null && !n.equals(machine)).collect(Collectors.toSet());
            assertThat(processes).as("processes of the sandbox").hasSizeGreaterThanOrEqualTo(4);
            return new Footprint(processes, netns, HostState.now().counts());
        }

        /** A zombie has already released its namespaces; it only waits for its parent to reap it. */
        static boolean running(ProcessHandle process) {
            if (!process.isAlive()) {
                return false;
            }
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException e) {
                return false;
            }
        }
    }
}
