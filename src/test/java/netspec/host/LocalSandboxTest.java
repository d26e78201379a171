package netspec.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import netspec.shell.CommandResult;
import netspec.shell.CommandTimeoutException;

class LocalSandboxTest {

    private final LocalTarget target = new LocalTarget();

    @Test
    void framesExitStatusStdoutAndStderrSeparately() {
        try (Sandbox sandbox = target.openSandbox()) {
            CommandResult result = sandbox.run("echo out; echo err >&2; printf 'no newline'; exit_code() { return 3; }; exit_code");
            assertThat(result.exitStatus()).isEqualTo(3);
            assertThat(result.stdout()).isEqualTo("out\nno newline");
            assertThat(result.stderr()).isEqualTo("err\n");
            assertThat(result.duration()).isPositive();
        }
    }

    @Test
    void keepsTrailingNewlinesAndSurvivesSyntaxErrors() {
        try (Sandbox sandbox = target.openSandbox()) {
            assertThat(sandbox.run("printf 'a\\n\\n'").stdout()).isEqualTo("a\n\n");
            CommandResult broken = sandbox.run("echo 'unterminated");
            assertThat(broken.exitStatus()).isNotZero();
            assertThat(broken.stderr()).contains("unexpected EOF");
            assertThat(sandbox.run("echo still here").stdout()).isEqualTo("still here\n");
        }
    }

    @Test
    void keepsCarriageReturnsAndQuotedArgumentsIntact() {
        try (Sandbox sandbox = target.openSandbox()) {
            assertThat(sandbox.run("printf 'a\\r\\nb\\rc'").stdout()).isEqualTo("a\r\nb\rc");
            String hostile = "it's $(id) `id` ; | & > \" \\ *";
            assertThat(sandbox.run("printf %s " + netspec.shell.ShellQuoting.quote(hostile)).stdout()).isEqualTo(hostile);
        }
    }

    @Test
    void statePersistsBetweenCommandsOfOneShell() {
        try (Sandbox sandbox = target.openSandbox()) {
            sandbox.run("greeting=hello; cd /tmp");
            assertThat(sandbox.run("echo $greeting $PWD").stdout()).isEqualTo("hello /tmp\n");
        }
    }

    @Test
    void isolatesNetworkPidAndNetnsDirectory() throws Exception {
        String hostNetns = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/ns/net")).toString();
        try (Sandbox sandbox = target.openSandbox()) {
            assertThat(sandbox.run("readlink /proc/self/ns/net").stdout().strip()).isNotEqualTo(hostNetns);
            assertThat(sandbox.run("ip -o link show | wc -l").stdout().strip()).isEqualTo("1");
            assertThat(sandbox.run("tr '\\0' ' ' </proc/1/cmdline").stdout()).endsWith(SandboxCommand.markerOf(ProcessHandle.current().pid()) + " ");
            assertThat(sandbox.run("ip netns add probe && ip netns list").stdout()).startsWith("probe");
        }
        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("/run/netns/probe"))).isFalse();
    }

    @Test
    void aSandboxStartedWithSigtermIgnoredStillEndsItsProcessesWithSigterm() {
        // what Debian 11's unshare (util-linux 2.36) does to the sandbox's first shell with --fork
        LocalTarget ignoring = new LocalTarget(List.of("bash", "-c", "trap '' INT TERM; exec \"$@\"", "sigterm-ignored"),
                !RunnerIdentity.isRoot());
        try (Sandbox sandbox = ignoring.openSandbox()) {
            // killed by SIGTERM, wait says 128 + 15; with SIGTERM ignored, sleep would end by itself and say 0
            assertThat(sandbox.run("sleep 5 & p=$!; kill $p; wait $p; echo $?").stdout()).isEqualTo("143\n");
        }
    }

    @Test
    void timeoutFailsNamingTheCommandAndEndsTheSandbox() {
        try (Sandbox sandbox = target.openSandbox()) {
            assertThatThrownBy(() -> sandbox.run("sleep 30", Duration.ofMillis(300)))
                    .isInstanceOf(CommandTimeoutException.class)
                    .hasMessageContaining("sleep 30")
                    .hasMessageContaining("300 ms");
            assertThat(sandbox.shell().isAlive()).isFalse();
        }
    }

    @Test
    void closingEndsEveryProcessOfTheSandbox() throws Exception {
        LocalSandbox sandbox = (LocalSandbox) target.openSandbox();
        sandbox.run("sleep 300 >/dev/null 2>&1 &");
        long init = sandbox.initPid();
        assertThat(ProcessHandle.of(init)).isPresent();
        // the background job may not have exec'ed sleep yet when run() returns
        long sleeper = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(init).orElseThrow().descendants()
                        .filter(p -> p.info().command().orElse("").endsWith("sleep")).findFirst(),
                        java.util.Optional::isPresent).orElseThrow().pid();
        sandbox.close();
        assertThat(ProcessHandle.of(sleeper).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(ProcessHandle.of(init).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    }
}
