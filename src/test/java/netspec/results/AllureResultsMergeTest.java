package netspec.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Each target's results in one folder: one scenario shows once per target, never as retries of one test. */
class AllureResultsMergeTest {

    private static final Path CAPTURED = Path.of("src/test/resources/captured/allure/veth-passed-result.json");

    @TempDir
    Path dir;

    @Test
    void theSameScenarioOfTwoTargetsGetsTwoHistoryIdsAndItsTargetAsParameterAndSuite() throws IOException {
        Path merged = dir.resolve("merged");
        for (String target : List.of("local", "ssh-root@127.0.0.1-2222")) {
            Path results = Files.createDirectories(dir.resolve(target));
            Files.copy(CAPTURED, results.resolve("07237560-acce-4029-aa05-aede44cbf6d2-result.json"));
            Files.writeString(results.resolve("0337c3a0-attachment"), "ip -j link show");
            Files.writeString(results.resolve("environment.properties"), "kernel=6.18.44\n");
            assertThat(AllureResultsMerge.add(merged, target, target + " 6.18.44", results)).isEqualTo(1);
        }
        JsonNode original = new ObjectMapper().readTree(CAPTURED.toFile());
        JsonNode local = read(merged.resolve("local-07237560-acce-4029-aa05-aede44cbf6d2-result.json"));
        JsonNode ssh = read(merged.resolve("ssh-root@127.0.0.1-2222-07237560-acce-4029-aa05-aede44cbf6d2-result.json"));
        assertThat(local.get("historyId").asText()).isEqualTo(original.get("historyId").asText() + "@local");
        assertThat(ssh.get("historyId").asText()).isEqualTo(original.get("historyId").asText() + "@ssh-root@127.0.0.1-2222");
        assertThat(ssh.get("parameters")).hasSize(1);
        assertThat(ssh.get("parameters").get(0).get("name").asText()).isEqualTo("target");
        assertThat(ssh.get("parameters").get(0).get("value").asText()).isEqualTo("ssh-root@127.0.0.1-2222 6.18.44");
        assertThat(ssh.get("labels").findValuesAsText("name")).containsOnlyOnce("parentSuite");
        // everything else as the target wrote it: name, status, steps
        assertThat(ssh.get("name")).isEqualTo(original.get("name"));
        assertThat(ssh.get("steps")).isEqualTo(original.get("steps"));
        assertThat(merged.resolve("0337c3a0-attachment")).hasContent("ip -j link show");
        assertThat(Files.readAllLines(merged.resolve("environment.properties")))
                .containsExactly("local.kernel=6.18.44", "ssh-root@127.0.0.1-2222.kernel=6.18.44");
    }

    @Test
    void theMergedReportIsNamedAfterTheRunNotAfterTheTargetMergedLast() throws IOException {
        Path merged = Files.createDirectories(dir.resolve("merged"));
        Files.writeString(merged.resolve("executor.json"), "{\"name\":\"netspec on local\",\"buildOrder\":4,"
                + "\"reportName\":\"netspec: local, kernel 6.18.44\"}");
        AllureResultsMerge.nameReport(merged, "netspec on 2 targets", "netspec: local, ssh-root@127.0.0.1-2222");
        JsonNode executor = read(merged.resolve("executor.json"));
        assertThat(executor.get("name").asText()).isEqualTo("netspec on 2 targets");
        assertThat(executor.get("reportName").asText()).isEqualTo("netspec: local, ssh-root@127.0.0.1-2222");
        assertThat(executor.get("buildOrder").asInt()).isEqualTo(4);
    }

    @Test
    void aTargetWithoutResultsAddsNothing() throws IOException {
        assertThat(AllureResultsMerge.add(dir.resolve("merged"), "t", "t", dir.resolve("none"))).isZero();
    }

    private static JsonNode read(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }
}
