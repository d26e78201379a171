package netspec.mutation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Puts each mutant's verdict into the mutation run's Allure report, under "Mutation verdicts": a survivor as a
 * failed test (a check that passed on a wrong claim), a killed mutant as passed, an accepted survivor or one
 * that did not run as skipped, each saying why. The mutants' own runs sit beside them with their evidence.
 */
public final class SurvivorReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SurvivorReport() {
    }

    public static void write(Path allureResults, List<Verdict> verdicts) {
        try {
            Files.createDirectories(allureResults);
            long now = System.currentTimeMillis();
            for (Verdict v : verdicts) {
                Mutant m = v.mutant();
                Map<String, Object> result = new LinkedHashMap<>();
                String uuid = UUID.nameUUIDFromBytes(("verdict " + m.id()).getBytes(StandardCharsets.UTF_8)).toString();
                result.put("uuid", uuid);
                result.put("historyId", uuid);
                result.put("name", m.id() + " " + v.outcome().word() + ": " + m.mutated());
                result.put("fullName", m.scenario().key() + " " + m.id());
                result.put("status", switch (v.outcome()) {
                    case KILLED -> "passed";
                    case SURVIVED -> "failed";
                    default -> "skipped";
                });
                result.put("stage", "finished");
                result.put("statusDetails", Map.of("message", message(v)));
                result.put("description", "Scenario " + m.scenario().key() + " (" + m.scenario().name() + "), step "
                        + m.stepKey() + ":\n" + m.original().text() + "\nmutant (" + m.kind() + "):\n" + m.mutated());
                result.put("labels", List.of(
                        Map.of("name", "parentSuite", "value", "Mutation verdicts"),
                        Map.of("name", "suite", "value", v.outcome().word()),
                        Map.of("name", "subSuite", "value", m.scenario().feature())));
                result.put("start", now);
                result.put("stop", now);
                JSON.writeValue(allureResults.resolve(uuid + "-result.json").toFile(), result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the mutation verdicts under " + allureResults, e);
        }
    }

    private static String message(Verdict v) {
        return switch (v.outcome()) {
            case SURVIVED -> "survived: the scenario passed with \"" + v.mutant().mutated() + "\" in place of \""
                    + v.mutant().original().text() + "\"";
            case ACCEPTED -> "accepted survivor: " + v.detail();
            case KILLED -> "killed: " + v.detail();
            case NOT_RUN -> "not run: " + v.detail();
        };
    }
}
