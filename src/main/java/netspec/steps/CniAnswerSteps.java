package netspec.steps;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.cucumber.java.en.Then;
import netspec.cni.CniAnswer;
import netspec.cni.CniError;
import netspec.cni.CniJson;
import netspec.cni.CniResult;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.NamespaceName;
import netspec.lab.cni.CniRuntime;
import netspec.evidence.Facts;

/** What the plugin answered: the exit status and the JSON on stdout, judged by the CNI specification. */
public class CniAnswerSteps {

    private final CniRuntime cni;

    public CniAnswerSteps(CniRuntime cni) {
        this.cni = cni;
    }

    @Then("the plugin succeeds")
    public void succeeds() {
        Facts.expect("the plugin exits 0", cni.last(), CniAnswer::succeeded, CniAnswer::describe);
    }

    @Then("the plugin fails with the error code {int}")
    public void failsWith(int code) {
        expectError("exits non-zero with the error JSON of code " + code, e -> e.code() == code);
    }

    @Then("the plugin fails with the error code {int} naming {word}")
    public void failsNaming(int code, String variable) {
        expectError("exits non-zero with the error JSON of code " + code + ", its msg naming " + variable,
                e -> e.code() == code && e.msg().contains(variable));
    }

    @Then("the plugin fails with an error")
    public void failsWithAnyError() {
        expectError("exits non-zero with the error JSON", e -> true);
    }

    @Then("the plugin fails with an error code of its own")
    public void failsWithItsOwnCode() {
        expectError("exits non-zero with the error JSON of a code of its own (" + CniError.FIRST_PLUGIN_SPECIFIC
                + " or more)", CniError::isPluginSpecific);
    }

    @Then("the plugin lists the versions it supports, among them the configured one")
    public void listsVersions() {
        String declared = cni.declaredVersion();
        Facts.expect("the plugin answers VERSION with supportedVersions that include " + declared, cni.last(),
                a -> a.succeeded() && parses(() -> CniJson.versionInfo(a.stdout()).supportedVersions().contains(declared)),
                a -> a.succeeded() ? describeParsed(() -> "supportedVersions "
                        + CniJson.versionInfo(a.stdout()).supportedVersions()) : a.describe());
    }

    @Then("the result for {netns} is of the configured cniVersion")
    public void ofDeclaredVersion(NamespaceName pod) {
        String declared = cni.declaredVersion();
        Facts.expect("ADD for " + pod + " returns a result of cniVersion " + declared, cni.addAnswer(pod),
                a -> parses(() -> declared.equals(CniJson.result(a.stdout()).cniVersion())),
                a -> describeParsed(() -> "a result of cniVersion " + CniJson.result(a.stdout()).cniVersion()));
    }

    @Then("the result for {netns} lists {iface} in the network namespace of {netns}")
    public void listsSandboxInterface(NamespaceName pod, InterfaceName ifname, NamespaceName netns) {
        String path = cni.netnsPath(netns);
        Facts.expect("the result for " + pod + " lists " + ifname + " with sandbox " + path, cni.addAnswer(pod),
                a -> parses(() -> CniJson.result(a.stdout()).interfaces().stream()
                        .anyMatch(i -> ifname.value().equals(i.name()) && path.equals(i.sandbox()))),
                a -> describeParsed(() -> "interfaces: " + CniJson.result(a.stdout()).interfaces()));
    }

    @Then("the result for {netns} lists the bridge {iface}, a veth on the host and {iface} in {netns}")
    public void listsBridgeVethAndPodInterface(NamespaceName pod, InterfaceName bridge,
                                              InterfaceName ifname, NamespaceName netns) {
        String path = cni.netnsPath(netns);
        Facts.expect("the result for " + pod + " lists " + bridge + " and one more interface on the host, and "
                        + ifname + " in " + path + ", with an address and a gateway on it", cni.addAnswer(pod),
                a -> parses(() -> {
                    CniResult r = CniJson.result(a.stdout());
                    return r.hostInterfaces().size() == 2
                            && r.hostInterfaces().stream().anyMatch(i -> bridge.value().equals(i.name()))
                            && r.ips().stream().anyMatch(ip -> ip.gateway() != null && r.interfaceOf(ip)
                            .filter(i -> ifname.value().equals(i.name()) && path.equals(i.sandbox())).isPresent());
                }),
                a -> describeParsed(() -> {
                    CniResult r = CniJson.result(a.stdout());
                    return "interfaces: " + r.interfaces() + "; ips: " + r.ips();
                }));
    }

    private void expectError(String fact, Predicate<CniError> holds) {
        Facts.expect("the plugin " + fact, cni.last(),
                a -> !a.succeeded() && a.error().filter(holds).isPresent(), CniAnswer::describe);
    }

    /** A check of JSON the plugin printed: false, not an exception, when it cannot be read. */
    private static boolean parses(BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static String describeParsed(Supplier<String> describe) {
        try {
            return describe.get();
        } catch (IllegalArgumentException unreadable) {
            return unreadable.getMessage();
        }
    }
}
