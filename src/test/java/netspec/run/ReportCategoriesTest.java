package netspec.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The categories' patterns against skip messages as a run on this machine printed them. */
class ReportCategoriesTest {

    static final String KERNEL = "requires dummy, which target local lacks ('ip link add probe0 type dummy' said: Error:"
            + " Unknown device type.); to get it, load the kernel module with 'modprobe dummy' on the target, or use a"
            + " kernel built with CONFIG_DUMMY (Debian's and Ubuntu's stock kernels have it; the Vagrant machines do,"
            + " see README)";
    static final String TOOL = "requires tcpdump, which target ssh:root@127.0.0.1:2222 lacks ('command -v tcpdump'"
            + " exited 1); to get it, install it on the target: apt-get install tcpdump";
    static final String ELSEWHERE = "meant for the demo machine 'bash'; this run targets vagrant:pause (select with"
            + " -Dnetspec.tags, or run every demo machine's scenarios with -Dnetspec.vagrant.allMachines=true)";

    private static List<String> categoriesOf(String status, String message) {
        return ReportCategories.all().stream().filter(c -> c.statuses().contains(status))
                .filter(c -> c.messageRegex() == null || Pattern.matches(c.messageRegex(), message))
                .filter(c -> c.traceRegex() == null)
                .map(ReportCategories.Category::name).toList();
    }

    @Test
    void eachSkipLandsInTheCategoryOfItsCause() {
        assertThat(categoriesOf("skipped", KERNEL)).containsExactly("The target lacks a capability (kernel, privilege)");
        assertThat(categoriesOf("skipped", TOOL)).containsExactly("Setup incomplete: a tool is missing on the target");
        assertThat(categoriesOf("skipped", ELSEWHERE))
                .containsExactly("Not meant for this target (another demo machine's scenario)");
    }

    @Test
    void aKnownDivergenceIsItsOwnCategoryWhateverItsStatus() {
        assertThat(categoriesOf("passed", ReportLabels.KERNEL_DIFFERS_MESSAGE)).hasSize(1)
                .allMatch(name -> name.startsWith("The kernel differs from the text"));
        assertThat(categoriesOf("passed", "anything else")).isEmpty();
        // a known divergence skipped for a missing capability is in both categories
        assertThat(categoriesOf("skipped", ReportLabels.KERNEL_DIFFERS_MESSAGE + "\n" + KERNEL)).hasSize(2);
    }

    @Test
    void aFactViolationIsAFailedFactByItsTrace() {
        ReportCategories.Category fact = ReportCategories.all().stream()
                .filter(c -> c.name().startsWith("A fact failed")).findFirst().orElseThrow();
        assertThat(Pattern.matches(fact.traceRegex(), "netspec.evidence.FactViolation: \nExpected: x\n\tat a.b(C.java:1)"))
                .isTrue();
        assertThat(Pattern.matches(fact.traceRegex(), "java.lang.AssertionError: x\n\tat a.b(C.java:1)")).isFalse();
    }

    @Test
    void theConsoleShowsACauseWithoutItsEvidenceAndAdvice() {
        assertThat(ConsoleProgress.cause(new RuntimeException(KERNEL))).isEqualTo("requires dummy, which target local lacks");
        assertThat(ConsoleProgress.cause(new RuntimeException(ELSEWHERE)))
                .isEqualTo("meant for the demo machine 'bash'; this run targets vagrant:pause");
    }
}
