package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessTableTest {

    private final ProcessTable table = ProcessTable.parse(Captured.read("pod/ps.txt"));

    @Test
    void readsEveryProcessWithItsPidNamespace() {
        assertThat(table.processes()).hasSize(9);
        ProcessEntry tini = table.process(9).orElseThrow();
        assertThat(tini.comm()).isEqualTo("tini");
        assertThat(tini.ppid()).isEqualTo(6);
        assertThat(tini.pidNamespace()).isEqualTo(4026532391L);
        assertThat(tini.isZombie()).isFalse();
    }

    @Test
    void anOrphanLeftToAPlainSleepIsAZombieChildOfIt() {
        ProcessEntry zombie = table.process(25).orElseThrow();
        assertThat(zombie.isZombie()).isTrue();
        assertThat(zombie.ppid()).isEqualTo(11);
        assertThat(table.process(11).orElseThrow().comm()).isEqualTo("sleep");
    }

    @Test
    void tiniReapedItsOrphanSoItsPodHoldsOnlyTiniAndItsChild() {
        List<ProcessEntry> pod = table.inPidNamespace(4026532391L);
        assertThat(pod).extracting(ProcessEntry::comm).containsExactly("tini", "sleep");
        assertThat(pod).noneMatch(ProcessEntry::isZombie);
    }

    @Test
    void refusesOtherColumns() {
        assertThatThrownBy(() -> ProcessTable.parse("  PID TTY          TIME CMD\n"))
                .hasMessageContaining("not a line of ps -o pid=,ppid=,stat=,pidns=,comm=");
    }

    @Test
    void namespaceLinksOfProcessesInOnePodAreEqual() {
        List<NamespaceIdentity> links = Captured.read("pod/readlink-ns.txt").lines().map(NamespaceIdentity::parse).toList();
        assertThat(links.get(0)).isEqualTo(links.get(1)).isNotEqualTo(links.get(2));
        assertThat(links.get(0).type()).isEqualTo("net");
        assertThat(links.get(3)).isEqualTo(new NamespaceIdentity("pid", 4026532391L));
        assertThat(links.get(3)).hasToString("pid:[4026532391]");
    }

    @Test
    void refusesWhatIsNotANamespaceLink() {
        assertThatThrownBy(() -> NamespaceIdentity.parse("/proc/1/ns/net")).hasMessageContaining("not a namespace link");
    }
}
