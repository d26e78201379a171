package netspec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check can fail: a page that asks for an address on 127.0.0.1 (port 9, discard: nothing answers) is caught. */
class OfflineReportTest {

    @BeforeAll
    static void chromiumIsThere() throws Exception {
        Process which = new ProcessBuilder("sh", "-c", "command -v " + HeadlessChromium.COMMAND).start();
        assumeTrue(which.waitFor() == 0, "needs " + HeadlessChromium.COMMAND + " (Debian: apt-get install chromium)");
    }

    @Test
    void aPageThatAsksTheNetworkIsCaught(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("index.html");
        Files.writeString(page, "<html><body><script async src=\"http://127.0.0.1:9/gtag/js?id=X\"></script>"
                + "<img src=\"own.png\"></body></html>");
        assertThat(OfflineReport.requestsLeaving(page, java.util.List.of(""), java.time.Duration.ofSeconds(1))).contains("http://127.0.0.1:9/gtag/js?id=X")
                .noneMatch(url -> url.endsWith("own.png"));
    }

    @Test
    void aPageOfItsOwnFilesOnlyPasses(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("index.html");
        Files.writeString(page, "<html><body><img src=\"own.png\"><p>offline</p></body></html>");
        assertThat(OfflineReport.requestsLeaving(page, java.util.List.of(""), java.time.Duration.ofSeconds(1))).isEmpty();
    }
}
