package netspec.kernel.k8s;

import java.util.List;

import netspec.cni.CniAnswer;
import netspec.cni.CniJson;
import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.evidence.ScenarioSkipped;
import netspec.evidence.SkipCause;

/**
 * Rules of the CNI specification about what a plugin prints, and the 1.1.0 verbs STATUS and GC: a successful DEL,
 * CHECK or GC prints nothing; every error carries the cniVersion of the call; STATUS and GC run only where the
 * plugin's VERSION lists 1.1.0.
 *
 * <pre>{@code
 * rules.requireSpeaks("1.1.0");     // VERSION; skips the scenario when supportedVersions lacks it
 * cni.gc(List.of(pod2));            // CNI_COMMAND=GC, cni.dev/valid-attachments = [pod2/eth0]
 * rules.expectSilentSuccess();      // exit 0, nothing on stdout
 * }</pre>
 */
public final class CniSpecRules {

    private static final String SUBJECT = "cni-spec-";

    private final Cni cni;

    public CniSpecRules(Cni cni) {
        this.cni = cni;
    }

    /** Rows of a newer verb run only where the plugin says it speaks the version: the others are skipped, saying so. */
    public void requireSpeaks(String version) {
        List<String> supported = supportedVersions();
        if (!supported.contains(version)) {
            throw new ScenarioSkipped(new SkipCause(SkipCause.LACKS, SUBJECT + version, "the plugin's VERSION lists "
                    + supported + ", not " + version + ": this scenario is for plugins that speak " + version));
        }
    }

    /** The rows of what a plugin must do with a version it does not speak: skipped where it speaks it. */
    public void requireDoesNotSpeak(String version) {
        cni.expectVersionRefused();
        List<String> supported = supportedVersions();
        if (supported.contains(version)) {
            throw new ScenarioSkipped(new SkipCause(SkipCause.LACKS, "no-" + SUBJECT + version,
                    "the plugin's VERSION lists " + version + ": this scenario is for plugins that do not speak it"));
        }
    }

    /** Success for a command whose result is nothing: exit 0 and an empty stdout (DEL, CHECK, GC). */
    public void expectSilentSuccess() {
        Facts.expect("the plugin exits 0 and prints nothing on stdout", cni.last(),
                a -> a.succeeded() && a.stdout().isBlank(), CniAnswer::describe);
    }

    /** The error JSON names the version of the call, as the specification's "Error" lists it. */
    public void expectErrorCarriesVersion() {
        String declared = cni.declaredVersion();
        Facts.expect("the plugin exits non-zero with the error JSON, its cniVersion " + declared, cni.last(),
                a -> !a.succeeded() && a.error().filter(e -> declared.equals(e.cniVersion())).isPresent(),
                a -> a.describe() + a.error().map(e -> ", cniVersion " + (e.cniVersion() == null ? "missing"
                        : e.cniVersion())).orElse(""));
    }

    /** The plugin's answer to VERSION, asked with the configuration's version. */
    private List<String> supportedVersions() {
        Reading<CniAnswer> answer = cni.version();
        if (!answer.value().succeeded()) {
            throw new IllegalStateException("the plugin failed VERSION: " + answer.value().describe());
        }
        return CniJson.versionInfo(answer.value().stdout()).supportedVersions();
    }
}
