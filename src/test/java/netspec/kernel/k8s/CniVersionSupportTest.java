package netspec.kernel.k8s;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import netspec.evidence.EvidenceRecorder;
import netspec.evidence.Place;
import netspec.evidence.ScenarioSkipped;
import netspec.host.LocalTarget;
import netspec.lab.Lab;

/**
 * A scenario written for a version a plugin predates is skipped, asked of the plugin itself. The plugin here is a
 * script in the sandbox that answers VERSION as Debian bullseye's plugins (0.9.0) do, up to 0.4.0.
 */
class CniVersionSupportTest {

    private static final String OLD_PLUGIN = "/tmp/old-plugin";
    private static final String VERSION_ANSWER =
            "{\"cniVersion\":\"0.4.0\",\"supportedVersions\":[\"0.1.0\",\"0.2.0\",\"0.3.0\",\"0.3.1\",\"0.4.0\"]}";

    @Test
    void aReleasedVersionThePluginDoesNotListSkipsTheScenario() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = labWithOldPlugin()) {
            assertThatThrownBy(() -> CniVersionSupport.require(lab, "bridge", OLD_PLUGIN, "1.0.0"))
                    .isInstanceOf(ScenarioSkipped.class)
                    .hasMessageContaining("the plugin bridge lists [0.1.0, 0.2.0, 0.3.0, 0.3.1, 0.4.0] in its VERSION,"
                            + " not 1.0.0");
        }
    }

    @Test
    void aVersionThePluginListsOrNoSpecificationHasIsNotSkipped() {
        try (EvidenceRecorder evidence = new EvidenceRecorder(); Lab lab = labWithOldPlugin()) {
            assertThatCode(() -> CniVersionSupport.require(lab, "bridge", OLD_PLUGIN, "0.4.0"))
                    .doesNotThrowAnyException();
            // 99.0.0 is what the scenarios about the refusal configure: the plugin is not even asked
            assertThatCode(() -> CniVersionSupport.require(lab, "bridge", "/nonexistent", "99.0.0"))
                    .doesNotThrowAnyException();
        }
    }

    private static Lab labWithOldPlugin() {
        Lab lab = new Lab();
        lab.open(new LocalTarget().openSandbox());
        lab.run("writing a plugin that speaks up to 0.4.0", Place.HOST, "sh", "-c",
                "printf '#!/bin/sh\\ncat >/dev/null\\necho %s\\n' \"$0\" > " + OLD_PLUGIN + " && chmod 0755 " + OLD_PLUGIN,
                "'" + VERSION_ANSWER + "'");
        return lab;
    }
}
