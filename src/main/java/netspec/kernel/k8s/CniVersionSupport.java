package netspec.kernel.k8s;

import java.util.List;
import java.util.Map;

import netspec.cni.CniAnswer;
import netspec.cni.CniJson;
import netspec.evidence.Reading;
import netspec.evidence.ScenarioSkipped;
import netspec.evidence.SkipCause;
import netspec.lab.Lab;

/**
 * A scenario written for a released version of the CNI specification says nothing about a plugin older than that
 * version: the plugin refuses the configuration ("incompatible CNI versions"), as the specification tells it to.
 * Such a scenario is skipped, naming the versions the plugin speaks. Debian bullseye's plugins (0.9.0) stop at
 * 0.4.0, so its scenarios of 1.0.0 are skipped there. Not checked: a version no specification has (99.0.0), and
 * the scenarios that say they are about the refusal ({@link Cni#expectVersionRefused}).
 *
 * <pre>{@code
 * CniVersionSupport.require(lab, "bridge", "/usr/lib/cni/bridge", "1.0.0");  // before the scenario's first call
 * }</pre>
 */
final class CniVersionSupport {

    private static final List<String> RELEASED = List.of("0.1.0", "0.2.0", "0.3.0", "0.3.1", "0.4.0", "1.0.0", "1.1.0");

    private CniVersionSupport() {
    }

    /** Asks the plugin VERSION (not one of the scenario's calls: it is not the answer a Then-step reads). */
    static void require(Lab lab, String plugin, String binary, String version) {
        if (!RELEASED.contains(version)) {
            return;
        }
        Reading<CniAnswer> answer = Cni.call(lab, binary, Cni.versionQuery(version),
                Map.of("CNI_COMMAND", "VERSION"));
        if (!answer.value().succeeded()) {
            return; // the scenario's own calls will show what is wrong with the plugin
        }
        List<String> supported = CniJson.versionInfo(answer.value().stdout()).supportedVersions();
        if (!supported.contains(version)) {
            throw new ScenarioSkipped(new SkipCause(SkipCause.LACKS, "cni-" + version, "the plugin " + plugin
                    + " lists " + supported + " in its VERSION, not " + version + ": this scenario is written for"
                    + " cniVersion " + version + " (a newer containernetworking-plugins speaks it)"));
        }
    }
}
