package netspec.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The README's settings tables say exactly what {@link Setting} reads, and nothing else reads a setting. */
class SettingsReadmeTest {

    /** A row of a settings table: | `netspec.x` | `NETSPEC_X` | default |. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(netspec\\.[^`]+)` \\| `([A-Z_]+)` \\| (.*) \\|$");

    @AfterEach
    void forget() {
        System.clearProperty(Setting.TARGET.property());
    }

    @Test
    void theReadmeTablesListEverySettingWithItsVariableAndDefault() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("README.md")));
        while (row.find()) {
            assertThat(rows.put(row.group(1), new String[]{row.group(2), row.group(3)}))
                    .as("%s listed twice in the README", row.group(1)).isNull();
        }
        assertThat(rows.keySet()).as("settings in the README's tables vs netspec.host.Setting")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Setting.values()).map(Setting::property).toList());
        for (Setting setting : Setting.values()) {
            String[] listed = rows.get(setting.property());
            assertThat(listed[0]).as("environment variable of %s", setting.property())
                    .isEqualTo(setting.environmentVariable());
            setting.fallback().ifPresent(fallback -> assertThat(listed[1])
                    .as("default of %s in the README", setting.property()).startsWith("`" + fallback + "`"));
        }
    }

    @Test
    void nothingButSettingReadsANetspecPropertyOrVariable() throws IOException {
        Pattern direct = Pattern.compile("get(Property|env)\\(\"(netspec\\.|NETSPEC_)");
        try (var files = Files.walk(Path.of("src/main/java"))) {
            String readers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("Setting.java"))
                    .filter(f -> direct.matcher(read(f)).find())
                    .map(Path::toString).collect(Collectors.joining(", "));
            assertThat(readers).as("classes reading netspec.* settings directly instead of through Setting").isEmpty();
        }
    }

    @Test
    void aPropertyWinsOverTheVariableAndAnEmptyOneCountsAsUnset() {
        System.setProperty(Setting.TARGET.property(), "ssh");
        assertThat(Setting.TARGET.value()).isEqualTo("ssh");
        System.setProperty(Setting.TARGET.property(), " ");
        assertThat(Setting.TARGET.value()).isEqualTo(System.getenv().getOrDefault("NETSPEC_TARGET", "local").strip());
        assertThat(Setting.SSH_KNOWN_HOSTS.environmentVariable()).isEqualTo("NETSPEC_SSH_KNOWN_HOSTS");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
