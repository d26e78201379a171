package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ProcessStatusTest {

    private static ProcessStatus captured(String file) throws IOException {
        return ProcessStatus.parse(Files.readString(Path.of("src/test/resources/captured/proc", file)));
    }

    @Test
    void aProcessThatInheritedAnIgnoredSigtermSaysSo() throws IOException {
        assertThat(captured("status-sigterm-ignored.txt").howItTreats("SIGTERM", 15)).isEqualTo("sleep: SIGTERM ignored");
    }

    @Test
    void aBackgroundJobOfBashTakesSigtermsDefaultActionButIgnoresSigint() throws IOException {
        ProcessStatus status = captured("status-default.txt");
        assertThat(status.howItTreats("SIGTERM", 15)).isEqualTo("sleep: SIGTERM takes its default action");
        assertThat(status.howItTreats("SIGINT", 2)).isEqualTo("sleep: SIGINT ignored");
    }
}
