package netspec.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import netspec.host.TargetList;
import netspec.host.TargetSpec;
import netspec.run.RunResults;

/** A run over many targets: each target's JVM gets its own settings, and each target's outcome is one line. */
class ManyTargetsRunTest {

    @TempDir
    Path dir;

    private final TargetSpec ssh = TargetList.parse("ssh://root@10.0.0.9:2222").get(0);

    @Test
    void eachTargetRunsTheSuiteWithItsOwnTargetResultsNameAndAllureFolder() {
        System.setProperty("netspec.target", "vagrant"); // the list chooses the target, not this
        System.setProperty("netspec.ssh.port", "22");
        System.setProperty("netspec.tags", "@veth");
        try {
            List<String> command = ManyTargetsRun.command(ssh, "netspec.RunFeaturesIT", 3, false, "CP");
            assertThat(command.get(0)).endsWith("/bin/java");
            assertThat(command.subList(1, 3)).containsExactly("-cp", "CP");
            assertThat(command.subList(command.size() - 2, command.size()))
                    .containsExactly("netspec.run.FeaturesLauncher", "netspec.RunFeaturesIT");
            assertThat(command).contains("-Dnetspec.target=ssh", "-Dnetspec.ssh.host=10.0.0.9", "-Dnetspec.ssh.port=2222",
                    "-Dnetspec.ssh.user=root", "-Dnetspec.tags=@veth", "-Dnetspec.results.name=ssh-root@10.0.0.9-2222",
                    "-Dcucumber.execution.parallel.config.fixed.parallelism=3", "-Dcucumber.execution.dry-run=false");
            assertThat(command).doesNotContain("-Dnetspec.target=vagrant", "-Dnetspec.ssh.port=22");
            assertThat(command).filteredOn(a -> a.startsWith("-Dallure.results.directory="))
                    .singleElement().asString().endsWith("target/netspec-targets/ssh-root@10.0.0.9-2222/allure-results");
        } finally {
            System.clearProperty("netspec.target");
            System.clearProperty("netspec.ssh.port");
            System.clearProperty("netspec.tags");
        }
    }

    @Test
    void anUnreachableTargetIsOneLineWithWhyAndWhatToDo() throws IOException {
        RunResults run = results("ssh:root@10.0.0.9:2222", "unknown (cannot connect to ssh:root@10.0.0.9:2222: connection"
                + " refused; is sshd running there?)", "complete", "FAILED", "FAILED");
        assertThat(ManyTargetsRun.verdict(ssh, run, 1)).contains("ssh:root@10.0.0.9:2222 could not be reached: cannot"
                + " connect to ssh:root@10.0.0.9:2222: connection refused; is sshd running there? [0 passed, 2 failed, 0 skipped]");
    }

    @Test
    void aRunThatPassedSaysNothingAndEveryOtherOneSaysWhy() throws IOException {
        assertThat(ManyTargetsRun.verdict(ssh, results("t", "6.1.0", "complete", "PASSED", "SKIPPED"), 0)).isEmpty();
        assertThat(ManyTargetsRun.verdict(ssh, results("t", "6.1.0", "complete", "PASSED", "FAILED"), 1))
                .hasValueSatisfying(line -> assertThat(line).startsWith("t: 1 passed, 1 failed, 0 skipped;"));
        assertThat(ManyTargetsRun.verdict(ssh, results("t", "6.1.0", "complete", "PASSED"), 137))
                .hasValueSatisfying(line -> assertThat(line).startsWith("t: 1 passed, 0 failed, 0 skipped (exit 137)"));
        assertThat(ManyTargetsRun.verdict(ssh, results("t", "unknown", "did-not-start"), 1))
                .hasValueSatisfying(line -> assertThat(line).startsWith("t: its run did not finish (state=did-not-start, exit 1"));
        // a run in which nothing ran did not pass either
        assertThat(ManyTargetsRun.verdict(ssh, results("t", "6.1.0", "complete"), 0)).isPresent();
    }

    private RunResults results(String target, String kernel, String state, String... statuses) throws IOException {
        StringBuilder text = new StringBuilder(RunResults.header(target, kernel, "Debian", state)).append('\n');
        for (int i = 0; i < statuses.length; i++) {
            text.append(String.join("\t", "features/a.feature:" + (10 + i), statuses[i], "scenario " + i, "", "")).append('\n');
        }
        return RunResults.read(Files.writeString(dir.resolve("r.tsv"), text));
    }
}
