package netspec.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import netspec.evidence.args.ArgumentTypes;

/** docs/steps.md is what the glue and the features say now, and every placeholder is documented. */
class StepCatalogTest {

    private static final Glue GLUE = Glue.of(Glue.PACKAGE);

    @Test
    void docsStepsMdIsUpToDate() throws IOException {
        String expected = StepCatalog.render(GLUE, FeatureLines.under(Path.of("features")));
        String actual = Files.exists(StepCatalog.FILE) ? Files.readString(StepCatalog.FILE) : "";
        assertThat(actual.equals(expected))
                .as("%s is stale (the glue or the features changed): regenerate it with%n  %s%nand commit it",
                        StepCatalog.FILE, StepCatalog.REGENERATE)
                .isTrue();
    }

    @Test
    void everyPlaceholderOfTheGlueIsDocumentedAndNothingElse() {
        TreeSet<String> used = new TreeSet<>(GLUE.parameterTypes().keySet());
        GLUE.steps().forEach(s -> Pattern.compile("\\{([a-z]*)}").matcher(s.pattern()).results()
                .forEach(m -> used.add(m.group(1))));
        assertThat(ArgumentTypes.all()).extracting(ArgumentTypes.ArgumentType::name)
                .as("placeholders documented in netspec.evidence.args.ArgumentTypes vs those the glue uses")
                .containsExactlyInAnyOrderElementsOf(used);
    }

    static class BridgeVlanSteps {
    }

    @Topic("TUN/TAP devices")
    static class TuntapSteps {
    }

    @Test
    void theTopicIsTheClassNameInWordsUnlessTheClassNamesIt() {
        assertThat(new Glue.StepPattern("Given", "x", BridgeVlanSteps.class).topic()).isEqualTo("Bridge vlan");
        assertThat(new Glue.StepPattern("Given", "x", TuntapSteps.class).topic()).isEqualTo("TUN/TAP devices");
    }

    @Test
    void everyStepIsListedVerbatimUnderTheTopicOfItsClass() {
        assertThat(GLUE.steps()).hasSizeGreaterThan(100);
        assertThat(GLUE.steps()).extracting(Glue.StepPattern::gherkin).contains("Given a namespace {netns}");
        String text = StepCatalog.render(GLUE, FeatureLines.under(Path.of("features")));
        GLUE.steps().forEach(s -> assertThat(text).contains("- `" + s.gherkin() + "`\n"));
    }
}
