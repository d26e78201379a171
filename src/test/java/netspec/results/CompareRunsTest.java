package netspec.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareRunsTest {

    private static final String LEARNS = "features/interfaces/bridge.feature:30\tPASSED\tThe bridge learns\t";
    private static final String DUMMY = "features/interfaces/dummy.feature:10\tSKIPPED\tA dummy answers\t"
            + "requires dummy, which target local lacks";

    @TempDir
    Path dir;

    @Test
    void runsWithTheSameOutcomesAgreeWhateverTheReasonsSay() throws Exception {
        Path local = write("local.tsv", LEARNS, DUMMY);
        Path ssh = write("ssh.tsv", LEARNS, DUMMY.replace("target local", "target ssh:root@127.0.0.1:2222"));
        assertThat(compare(local, ssh)).isEqualTo("0\nlocal and ssh agree on all 2 scenarios\n");
    }

    @Test
    void aScenarioWithAnotherOutcomeOrMissingInOneRunIsADifference() throws Exception {
        Path local = write("local.tsv", LEARNS, DUMMY);
        Path ssh = write("ssh.tsv", LEARNS.replace("PASSED", "FAILED") + "Expected x");
        assertThat(compare(local, ssh)).isEqualTo("2\n"
                + "DIFFERS  features/interfaces/bridge.feature:30  The bridge learns\n"
                + "         local: PASSED\n"
                + "         ssh: FAILED (Expected x)\n"
                + "DIFFERS  features/interfaces/dummy.feature:10  A dummy answers\n"
                + "         local: SKIPPED (requires dummy, which target local lacks)\n"
                + "         ssh: did not run\n"
                + "2 of 2 scenarios differ between local and ssh\n");
    }

    @Test
    void byNameMatchesScenariosWhoseLinesMovedAndListsNewOnes() throws Exception {
        Path before = write("before.tsv", LEARNS, DUMMY);
        Path after = write("after.tsv", LEARNS.replace(":30", ":34"), DUMMY.replace(":10", ":12"),
                "features/interfaces/bridge.feature:50\tPASSED\tThe bridge moves a station\t");
        assertThat(compare(before, after, true)).isEqualTo("0\n"
                + "NEW      features/interfaces/bridge.feature:50  The bridge moves a station: PASSED\n"
                + "before and after agree on all 2 scenarios of before; 1 new in after\n");
        Path failed = write("failed.tsv", LEARNS.replace("PASSED", "FAILED"));
        assertThat(compare(before, failed, true)).startsWith("2\n");
    }

    void aRunThatDidNotFinishIsRefusedNotCompared() throws Exception {
        Path complete = write("local.tsv", netspec.run.RunResults.header("local", "6.1", "Debian", "complete"), LEARNS);
        Path killed = write("ssh.tsv", netspec.run.RunResults.header("ssh:x", "6.1", "Debian", "running"), LEARNS);
        assertThat(CompareRuns.unfinished(complete, complete)).isEmpty();
        assertThat(CompareRuns.unfinished(complete, killed)).get().asString()
                .contains("ssh.tsv is from a run that did not finish (state=running, 1 scenarios recorded)");
    }

    private static String compare(Path first, Path second) throws Exception {
        return compare(first, second, false);
    }

    /** The count of differences, then what was printed. */
    private static String compare(Path first, Path second, boolean byName) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            int differences = byName ? CompareRuns.compareByName(first, second) : CompareRuns.compare(first, second);
            return differences + "\n" + printed.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(console);
        }
    }

    private Path write(String name, String... lines) throws Exception {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}
