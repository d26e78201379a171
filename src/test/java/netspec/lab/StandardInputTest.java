package netspec.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StandardInputTest {

    @Test
    void theCommandReadsTheTextVerbatim() throws IOException, InterruptedException {
        String text = "{\n  \"name\": \"it's $HOME `id` \\\\ %s\"\n}";
        Process cat = new ProcessBuilder(StandardInput.feeding(text, "cat")).start();
        String read = new String(cat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cat.waitFor()).isZero();
        assertThat(read).isEqualTo(text + "\n");
    }

    @Test
    void theExitStatusIsTheCommands() throws IOException, InterruptedException {
        Process failing = new ProcessBuilder(StandardInput.feeding("x", "sh", "-c", "cat >/dev/null; exit 3")).start();
        assertThat(failing.waitFor()).isEqualTo(3);
    }
}
