package netspec.steps;

import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.k8s.Cni;
import netspec.kernel.k8s.CniSpecRules;

/** The CNI specification's 1.1.0 verbs (STATUS, GC) and its rules for what a plugin prints. */
public class CniSpecSteps {

    private final Cni cni;
    private final CniSpecRules rules;

    public CniSpecSteps(Cni cni, CniSpecRules rules) {
        this.cni = cni;
        this.rules = rules;
    }

    @Given("the plugin's VERSION lists {word}")
    public void speaks(String version) {
        rules.requireSpeaks(version);
    }

    @Given("the plugin's VERSION does not list {word}")
    public void doesNotSpeak(String version) {
        rules.requireDoesNotSpeak(version);
    }

    @When("the runtime asks the plugin for its STATUS")
    public void status() {
        cni.status();
    }

    @When("the runtime collects garbage, keeping only {netns}")
    public void gcKeeping(NamespaceName pod) {
        cni.gc(List.of(pod));
    }

    @When("the runtime collects garbage, keeping {netns} and {netns}")
    public void gcKeepingBoth(NamespaceName one, NamespaceName other) {
        cni.gc(List.of(one, other));
    }

    @When("the runtime adds {netns} with a configuration that has no {word}")
    public void addsLacking(NamespaceName pod, String field) {
        cni.addWithConfigLacking(field, pod);
    }

    @Then("the plugin succeeds with nothing on stdout")
    public void silentSuccess() {
        rules.expectSilentSuccess();
    }

    @Then("the plugin's error carries the configured cniVersion")
    public void errorCarriesVersion() {
        rules.expectErrorCarriesVersion();
    }
}
