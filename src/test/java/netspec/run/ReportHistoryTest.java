package netspec.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportHistoryTest {

    private static String entry(String name, String json) {
        return "d('" + name + "','" + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "'),";
    }

    @Test
    void theHistoryInsideASingleFileReportIsKeptBesideIt(@TempDir Path dir) throws Exception {
        String trend = "[{\"buildOrder\":2,\"data\":{\"passed\":146}},{\"buildOrder\":1,\"data\":{\"passed\":145}}]";
        String page = "<script defer>Promise.allSettled([" + entry("data/test-cases/1.json", "{}")
                + entry("history/history-trend.json", trend) + entry("history/history.json", "{}") + "])</script>";
        assertThat(ReportHistory.keep(page, dir.resolve("history"))).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("history/history-trend.json"))).isEqualTo(trend);
        assertThat(dir.resolve("history/1.json")).doesNotExist();
    }

    @Test
    void aReportWithoutHistorySaysTheFormatMayHaveChanged(@TempDir Path dir) {
        assertThatThrownBy(() -> ReportHistory.keep("<html></html>", dir.resolve("history")))
                .hasMessageContaining("single-file format");
    }
}
