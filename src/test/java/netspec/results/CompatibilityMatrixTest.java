package netspec.results;

import netspec.run.RunResults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import netspec.results.CompatibilityMatrix.Column;
import netspec.results.CompatibilityMatrix.Outcome;

class CompatibilityMatrixTest {

    private static final String LOCAL = RunResults.header("local", "6.12.0-test", "Debian GNU/Linux 13 (trixie)");
    private static final String VM = RunResults.header("vagrant:pause", "6.1.0-50-amd64", "Debian GNU/Linux 12 (bookworm)");
    private static final String LEARNS = "features/interfaces/bridge.feature:30\tPASSED\tThe bridge learns\t";
    private static final String LEARNS_LATER = "features/interfaces/bridge.feature:100\tPASSED\tThe bridge forgets\t";
    private static final String BOND_LACKS = "features/interfaces/bond.feature:9\tSKIPPED\tA bond <takes> its MAC\t"
            + "requires bond, which target local lacks ('ip link add probe0 type bond' said: Error: Unknown device type.)"
            + "\tlacks:bond";
    private static final String BOND_PASSES = "features/interfaces/bond.feature:9\tPASSED\tA bond <takes> its MAC\t";
    private static final String BASH = "features/kubernetes/bash-cni.feature:20\tSKIPPED\tADD gives an address\t"
            + "meant for the demo machine 'bash'; this run targets vagrant:pause (select with -Dnetspec.tags)"
            + "\telsewhere:bash";

    @TempDir
    Path dir;

    @Test
    void theHeaderNamesTheTargetAndKernelAndAFileWithoutOneIsNamedAfterItself() throws Exception {
        RunResults vm = RunResults.read(write("vagrant.tsv", VM, LEARNS));
        assertThat(vm.target()).isEqualTo("vagrant:pause");
        assertThat(vm.kernel()).isEqualTo("6.1.0-50-amd64");
        assertThat(vm.os()).isEqualTo("Debian GNU/Linux 12 (bookworm)");
        assertThat(vm.rows()).containsOnlyKeys("features/interfaces/bridge.feature:30");

        RunResults old = RunResults.read(write("ssh.tsv", LEARNS));
        assertThat(old.target()).isEqualTo("ssh");
        assertThat(old.kernel()).isEqualTo("unknown");
    }

    @Test
    void aRunThatDidNotFinishIsFlaggedInItsHeading() throws Exception {
        String killed = RunResults.header("local", "6.12.0-test", "Debian GNU/Linux 13 (trixie)", RunResults.RUNNING);
        RunResults run = RunResults.read(write("local.tsv", killed, LEARNS));
        assertThat(run.isComplete()).isFalse();
        assertThat(run.incompleteWarning()).get().asString().contains("state=running, 1 scenarios recorded");
        CompatibilityMatrix matrix = new CompatibilityMatrix(List.of(run, RunResults.read(write("vagrant.tsv", VM, LEARNS))));
        assertThat(matrix.columns()).extracting(Column::label)
                .containsExactly("local [INCOMPLETE: running]", "vagrant:pause");
    }

    @Test
    void scenariosAreOrderedByFeatureThenLineNumber() throws Exception {
        RunResults run = RunResults.read(write("local.tsv", LOCAL, LEARNS_LATER, LEARNS, BOND_LACKS));
        assertThat(run.rows().keySet()).containsExactly("features/interfaces/bond.feature:9",
                "features/interfaces/bridge.feature:30", "features/interfaces/bridge.feature:100");
    }

    @Test
    void laysEveryScenarioOfEveryRunSideBySide() throws Exception {
        CompatibilityMatrix matrix = new CompatibilityMatrix(List.of(
                RunResults.read(write("local.tsv", LOCAL, LEARNS, BOND_LACKS)),
                RunResults.read(write("vagrant.tsv", VM, LEARNS, BOND_PASSES, BASH))));
        Column local = matrix.columns().get(0);
        Column vm = matrix.columns().get(1);
        assertThat(matrix.scenarios()).hasSize(3);
        assertThat(matrix.outcome(local, "features/kubernetes/bash-cni.feature:20")).isEqualTo(Outcome.NOT_RUN);
        assertThat(matrix.shortText(local, "features/interfaces/bond.feature:9")).isEqualTo("skipped: needs bond");
        assertThat(matrix.shortText(vm, "features/kubernetes/bash-cni.feature:20")).isEqualTo("skipped: for bash");
        assertThat(matrix.differs("features/interfaces/bond.feature:9")).isTrue();
        assertThat(matrix.differs("features/interfaces/bridge.feature:30")).isFalse();
        // a scenario only one run selected is not a difference
        assertThat(matrix.differs("features/kubernetes/bash-cni.feature:20")).isFalse();
        assertThat(matrix.counts(vm, matrix.scenarios())).containsEntry(Outcome.PASSED, 2)
                .containsEntry(Outcome.SKIPPED, 1).containsEntry(Outcome.NOT_RUN, 0);
    }

    @Test
    void theHtmlColoursEachOutcomeAndKeepsTheReasonAsATooltip() throws Exception {
        CompatibilityMatrix matrix = new CompatibilityMatrix(List.of(
                RunResults.read(write("local.tsv", LOCAL, LEARNS, BOND_LACKS)),
                RunResults.read(write("vagrant.tsv", VM, LEARNS, BOND_PASSES))));
        String html = MatrixHtml.render(matrix);
        assertThat(html).contains("<th>vagrant:pause<br><small>6.1.0-50-amd64</small></th>")
                .contains("<td class=\"skipped\" title=\"requires bond, which target local lacks (&apos;ip link add probe0"
                        + " type bond&apos; said: Error: Unknown device type.)\">skipped: needs bond</td>")
                .contains("A bond &lt;takes&gt; its MAC")
                .contains("<tr class=\"differs\">")
                .doesNotContain("<script src", "<link ", "http://", "https://");
        String markdown = MatrixText.markdown(matrix);
        assertThat(markdown).contains("| \u2260 `features/interfaces/bond.feature:9` A bond <takes> its MAC |"
                + " skipped: needs bond | passed |");
        assertThat(MatrixText.tsv(matrix)).contains("#run\tvagrant:pause\t6.1.0-50-amd64\tDebian GNU/Linux 12 (bookworm)\n")
                .contains("features/interfaces/bond.feature:9\tA bond <takes> its MAC\tSKIPPED\tPASSED\n");
    }

    @Test
    void runsOfOneTargetAreToldApartByTheirFolder() throws Exception {
        Files.createDirectories(dir.resolve("libvirt-pause"));
        Files.createDirectories(dir.resolve("virtualbox-pause"));
        Files.write(dir.resolve("libvirt-pause/vagrant.tsv"), List.of(VM, LEARNS));
        Files.write(dir.resolve("virtualbox-pause/vagrant.tsv"), List.of(VM, LEARNS));
        CompatibilityMatrix matrix = new CompatibilityMatrix(RunResults.readAll(List.of(dir)));
        assertThat(matrix.columns()).extracting(Column::label)
                .containsExactly("vagrant:pause (libvirt-pause)", "vagrant:pause (virtualbox-pause)");
    }

    private Path write(String name, String... lines) throws Exception {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}
