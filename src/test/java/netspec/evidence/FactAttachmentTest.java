package netspec.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import netspec.linux.Captured;
import netspec.linux.FdbEntry;
import netspec.linux.KernelJson;
import netspec.shell.CommandResult;

class FactAttachmentTest {

    private final String output = Captured.read("bridge-fdb.json");
    private final Reading<List<FdbEntry>> fdb = new Reading<>(Place.HOST,
            new CommandResult("bridge -j fdb show", 0, output, "", Duration.ofMillis(3)), KernelJson.fdb(output));

    @Test
    void aVerdictFirstThenOneRowPerEntryThenTheRawReading() {
        String text = FactAttachment.text(false, "br0 has learned 02:00:00:00:00:01 on port veth1", fdb,
                entries -> entries.size() + " entries, none for 02:00:00:00:00:01");
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("FAILED  expected: br0 has learned 02:00:00:00:00:01 on port veth1");
        assertThat(lines.get(1)).isEqualTo("        seen:     39 entries, none for 02:00:00:00:00:01");
        assertThat(lines.get(3)).startsWith("#").contains("mac", "ifname", "master", "state").doesNotContain("vni");
        assertThat(lines).filteredOn(line -> line.matches("\\d+ +\\S+:\\S+.*")).hasSize(39);
        assertThat(lines).anyMatch(line -> line.matches("\\d+ +da:26:48:16:7d:27 +veth1 +br0.*"));
        assertThat(text).endsWith("$ bridge -j fdb show\n" + output + (output.endsWith("\n") ? "" : "\n")
                + "[exit 0, 3.0 ms]\n");
    }

    @Test
    void aLongListInWordsIsCountedAndCutToItsFirstItems() {
        String frames = String.join("; ", java.util.Collections.nCopies(14, "ICMP 10.0.0.1 > 10.0.0.2"));
        assertThat(FactAttachment.shorten(frames)).startsWith("14 items: ICMP 10.0.0.1 > 10.0.0.2; ")
                .contains("…").hasSizeLessThan(140);
        assertThat(FactAttachment.shorten("a; b")).isEqualTo("a; b");
    }
}
