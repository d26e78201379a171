package netspec.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check can fail: a page that asks for an address on 127.0.0.1 (port 9, discard: nothing answers) is caught. */
class OfflineReportTest {

    private static HeadlessChromium chromium;

    @BeforeAll
    static void startChromium() throws Exception {
        Process which = new ProcessBuilder("sh", "-c", "command -v " + HeadlessChromium.COMMAND).start();
        assumeTrue(which.waitFor() == 0, "needs " + HeadlessChromium.COMMAND + " (Debian: apt-get install chromium)");
        chromium = new HeadlessChromium();
    }

    @AfterAll
    static void stopChromium() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aPageThatAsksTheNetworkIsCaught(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("index.html");
        Files.writeString(page, "<html><body><script async src=\"http://127.0.0.1:9/gtag/js?id=X\"></script>"
                + "<img src=\"own.png\"></body></html>");
        assertThat(requests(page)).contains("http://127.0.0.1:9/gtag/js?id=X").noneMatch(url -> url.endsWith("own.png"));
    }

    @Test
    void aPageOfItsOwnFilesOnlyPasses(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("index.html");
        Files.writeString(page, "<html><body><img src=\"own.png\"><p>offline</p></body></html>");
        assertThat(requests(page)).isEmpty();
    }

    private static List<String> requests(Path page) throws Exception {
        return OfflineReport.requestsLeaving(chromium, page, List.of(""), Duration.ofSeconds(3));
    }
}
