package netspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import netspec.mutation.FeatureFiles;
import netspec.mutation.SourceScenario;

/**
 * Failsafe's summary and report name a scenario by its name alone, and merge two scenarios of one name into
 * "Run 1 / Run 2" of one test, which reads as a flaky retry; so every scenario of the suite has a name of its own.
 */
class ScenarioNamesTest {

    @Test
    void everyScenarioOfTheSuiteHasANameOfItsOwn() {
        List<SourceScenario> scenarios = FeatureFiles.read(Path.of("features"));
        Map<String, List<String>> byName = scenarios.stream().collect(Collectors.groupingBy(SourceScenario::name,
                Collectors.mapping(SourceScenario::key, Collectors.toList())));

        assertThat(scenarios).hasSizeGreaterThan(200);
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .as("scenario names used more than once, with where").isEmpty();
    }
}
