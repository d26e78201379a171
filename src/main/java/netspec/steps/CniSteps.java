package netspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.CniVariable;
import netspec.evidence.args.CniVersion;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.k8s.Cni;
import netspec.kernel.k8s.CniResults;
import netspec.lab.LinkRef;
import netspec.lab.cni.CniPlugins;

/** A container runtime's calls to a CNI plugin: ADD, CHECK, DEL and VERSION, and calls that break the rules. */
public class CniSteps {

    private final Cni cni;
    private final CniResults results;

    public CniSteps(Cni cni, CniResults results) {
        this.cni = cni;
        this.results = results;
    }

    @Given("the CNI plugin {word} with cniVersion {word} on the subnet {cidr}")
    public void thePlugin(String name, String version, Cidr subnet) {
        cni.use(CniPlugins.named(name), new CniVersion(version), subnet);
    }

    @Given("the CNI configuration's master is {iface}")
    public void master(InterfaceName link) {
        cni.bindMaster(link);
    }

    @Given("the CNI configuration's device is {iface}")
    public void device(InterfaceName link) {
        cni.bindDevice(link);
    }

    @Given("{netns} has been added to the network")
    public void added(NamespaceName pod) {
        cni.addSuccessfully(pod);
    }

    @When("the runtime adds {netns} to the network")
    public void adds(NamespaceName pod) {
        cni.add(pod);
    }

    @When("the runtime deletes {netns} from the network")
    public void deletes(NamespaceName pod) {
        cni.delete(pod);
    }

    @When("the runtime checks {netns}")
    public void checks(NamespaceName pod) {
        cni.check(pod);
    }

    @When("the runtime asks the plugin for its VERSION")
    public void asksVersion() {
        cni.version();
    }

    @When("the runtime calls the plugin with CNI_COMMAND {word} for {netns}")
    public void unknownCommand(String command, NamespaceName pod) {
        cni.unknownCommand(command, pod);
    }

    @When("the runtime adds {netns} without {word}")
    public void addsWithout(NamespaceName pod, String variable) {
        cni.addWithout(CniVariable.parse(variable), pod);
    }

    @When("the runtime adds {netns} with a configuration that is not valid JSON")
    public void addsWithMalformedConfig(NamespaceName pod) {
        cni.addWithTruncatedConfig(pod);
    }

    @Given("someone removes the address of {netns} from {link}")
    public void removesAddress(NamespaceName pod, LinkRef link) {
        results.removeAddressOfResult(pod, link);
    }
}
