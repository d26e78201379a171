package netspec.kernel.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import netspec.cni.CniAnswer;
import netspec.cni.CniError;
import netspec.cni.CniJson;
import netspec.cni.CniResult;
import netspec.cni.IpamReservations;
import netspec.linux.Link;
import netspec.evidence.Facts;
import netspec.evidence.args.InterfaceName;
import netspec.lab.cni.CniPlugin;
import netspec.lab.cni.NetworkConfig;
import netspec.lab.Assets;
import netspec.lab.EarlierStep;
import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.lab.StandardInput;
import netspec.lab.StepFailure;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.CniVariable;
import netspec.evidence.args.CniVersion;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.NamespaceName;
import netspec.shell.CommandResult;

/**
 * Calls a CNI plugin the way a container runtime does (CNI specification 1.0.0, "Execution Protocol"): the
 * CNI_* variables in an otherwise clean environment, the network configuration on stdin, the answer read
 * from stdout and the exit status. A pod's container ID is the pod's name, its network namespace
 * /run/netns/POD and its interface eth0. Keeps each pod's ADD result for CHECK and for the steps that hold it
 * against the kernel ({@link CniResults}). Its facts judge the answers by the specification.
 *
 * <pre>{@code
 * cni.use(CniPlugins.named("bridge"), new CniVersion("1.0.0"), 10.22.0.0/24);
 * cni.add(pod1);                       // env -i CNI_COMMAND=ADD CNI_CONTAINERID=pod1 ... /usr/lib/cni/bridge
 * cni.expectSucceeded();
 * cni.expectError(CniError.INVALID_ENVIRONMENT);
 * }</pre>
 */
public final class Cni {

    public static final String NETWORK = "podnet";
    public static final String IFNAME = "eth0";
    /** In the sandbox's private /run, so that plugin state ends with the sandbox. */
    public static final String DATA_DIR = "/run/netspec/cni";

    private final Lab lab;
    private CniPlugin plugin;
    private NetworkConfig config;
    private final Map<NamespaceName, Reading<CniAnswer>> added = new HashMap<>();
    private Reading<CniAnswer> last;
    /** Whether the plugin's VERSION is still to be asked whether it speaks the configuration's version. */
    private boolean versionUnchecked;
    private final Map<NamespaceName, Reading<List<Link>>> hostLinksBeforeDelete = new HashMap<>();
    private final Map<NamespaceName, Reading<List<Link>>> hostLinksBeforeAdd = new HashMap<>();
    /** Placeholders a scenario binds to links it made: master, device. */
    private final Map<String, InterfaceName> boundLinks = new LinkedHashMap<>();

    public Cni(Lab lab) {
        this.lab = lab;
    }

    /** ${master}: the node's link that macvlan, ipvlan and vlan put the pod's interface on. */
    public void bindMaster(InterfaceName link) {
        boundLinks.put("master", link);
    }

    /** ${device}: the node's link that host-device moves into the pod. */
    public void bindDevice(InterfaceName link) {
        boundLinks.put("device", link);
    }

    /** Prepares the plugin: sends it to the target if netspec ships it, and fills in its configuration. */
    public void use(CniPlugin chosen, CniVersion version, Cidr subnet) {
        prepare(chosen, Map.of("cniVersion", version.value(), "name", NETWORK,
                "subnet", subnet.toString(), "dataDir", DATA_DIR));
    }

    /** A dual-stack network: the plugin's dual-stack template also has {@code ${subnet6}}, the pods' IPv6 subnet. */
    public void useDualStack(CniPlugin chosen, CniVersion version, Cidr subnet, Cidr subnet6) {
        if (subnet.address().ipv6() || !subnet6.address().ipv6()) {
            throw new InvalidStepArgument("pair of subnets", subnet + " and " + subnet6,
                    "give the IPv4 subnet first, then the IPv6 one, like 10.22.0.0/24 and fd00:22::/64");
        }
        prepare(chosen, Map.of("cniVersion", version.value(), "name", NETWORK, "subnet", subnet.toString(),
                "subnet6", subnet6.toString(), "dataDir", DATA_DIR));
    }

    private void prepare(CniPlugin chosen, Map<String, String> values) {
        config = NetworkConfig.render(chosen.template(), withBoundLinks(chosen.template(), values));
        plugin = chosen.asset().map(asset -> {
            String binary = Assets.install(lab, asset);
            lab.run("making " + chosen.name() + " executable", Place.HOST, "chmod", "0755", binary);
            return new CniPlugin(chosen.name(), binary, binary.substring(0, binary.lastIndexOf('/')),
                    chosen.template(), chosen.asset());
        }).orElse(chosen);
        versionUnchecked = true;
        hideMachineState(lab);
    }

    /**
     * The scenario is about how the plugin refuses a version it does not speak: its calls are not skipped for
     * that (see {@link CniVersionSupport}).
     */
    public void expectVersionRefused() {
        versionUnchecked = false;
    }

    /** A plugin that keeps state in the usual place keeps it in the sandbox, not on the machine. */
    static void hideMachineState(Lab lab) {
        lab.run("hiding the machine's CNI state from the plugin", Place.HOST, "sh", "-c",
                "if [ -d /var/lib/cni ]; then mount -t tmpfs netspec-cni /var/lib/cni; fi");
    }

    /** Reads the host's links first, so that "the device moved into the pod" can show it was on the host. */
    public Reading<CniAnswer> add(NamespaceName pod) {
        hostLinksBeforeAdd.put(pod, lab.kernel(Place.HOST).links());
        Reading<CniAnswer> answer = call(config().text(), environment("ADD", pod));
        if (answer.value().succeeded()) {
            added.put(pod, answer);
        }
        return answer;
    }

    /** An ADD the scenario needs as its starting point: its failure fails the step, showing the answer. */
    public Reading<CniAnswer> addSuccessfully(NamespaceName pod) {
        Reading<CniAnswer> answer = add(pod);
        if (!answer.value().succeeded()) {
            throw new StepFailure("ADD for " + pod, answer.place(), answer.result());
        }
        return answer;
    }

    /** Reads the host's links first, so that "the veth is gone" can show it was there. */
    public Reading<CniAnswer> delete(NamespaceName pod) {
        hostLinksBeforeDelete.put(pod, lab.kernel(Place.HOST).links());
        return call(configWithResultOf(pod).text(), environment("DEL", pod));
    }

    public Reading<CniAnswer> check(NamespaceName pod) {
        return call(configWithResultOf(pod).text(), environment("CHECK", pod));
    }

    /** VERSION gets only CNI_COMMAND, and the version the runtime speaks on stdin. */
    public Reading<CniAnswer> version() {
        return call(versionQuery(config().cniVersion()), new LinkedHashMap<>(Map.of("CNI_COMMAND", "VERSION")));
    }

    /** What a runtime feeds a plugin on VERSION: only the version it would configure. */
    static String versionQuery(String version) {
        return "{\"cniVersion\": \"" + version + "\"}";
    }

    /** STATUS (spec 1.1.0) gets the configuration and CNI_PATH only: it asks about the network, not a pod. */
    public Reading<CniAnswer> status() {
        return call(config().text(), networkEnvironment("STATUS"));
    }

    /** GC (spec 1.1.0): the attachments to keep, as cni.dev/valid-attachments; every other one is stale. */
    public Reading<CniAnswer> gc(List<NamespaceName> keep) {
        return call(config().withValidAttachments(keep.stream().map(NamespaceName::value).toList(), IFNAME).text(),
                networkEnvironment("GC"));
    }

    /** A command the specification does not know, with everything else as for ADD. */
    public Reading<CniAnswer> unknownCommand(String command, NamespaceName pod) {
        if (!command.matches("[A-Z]{1,20}")) {
            throw new InvalidStepArgument("CNI command", command, "use 1 to 20 upper-case letters");
        }
        return call(config().text(), environment(command, pod));
    }

    public Reading<CniAnswer> addWithout(CniVariable missing, NamespaceName pod) {
        Map<String, String> environment = environment("ADD", pod);
        environment.remove(missing.name());
        return call(config().text(), environment);
    }

    /** ADD with a configuration that lacks a field the specification requires (only "name" so far). */
    public Reading<CniAnswer> addWithConfigLacking(String field, NamespaceName pod) {
        if (!field.equals("name")) {
            throw new InvalidStepArgument("required configuration field", field, "use name");
        }
        return call(config().without(field).text(), environment("ADD", pod));
    }

    public Reading<CniAnswer> addWithTruncatedConfig(NamespaceName pod) {
        return call(config().truncatedText(), environment("ADD", pod));
    }

    public Reading<CniAnswer> last() {
        return EarlierStep.require(last, "the plugin was not called", "When the runtime adds pod1 to the network");
    }

    /** The answer of the last successful ADD for the pod, with the command that got it. */
    public Reading<CniAnswer> addAnswer(NamespaceName pod) {
        Reading<CniAnswer> answer = added.get(pod);
        if (answer == null) {
            throw new IllegalStateException("no ADD for " + pod + " has succeeded before this step"
                    + (last == null ? "" : "; the last call answered: " + last.value().describe()));
        }
        return answer;
    }

    /** What the last successful ADD for the pod returned; fails saying why when it is no ADD result. */
    public CniResult resultOf(NamespaceName pod) {
        return CniJson.result(addAnswer(pod).value().stdout());
    }

    /** The host's links right before the last DEL of the pod. */
    public Reading<List<Link>> hostLinksBeforeDelete(NamespaceName pod) {
        return EarlierStep.require(hostLinksBeforeDelete.get(pod), "the runtime did not delete " + pod,
                "When the runtime deletes " + pod + " from the network");
    }

    /** The host's links right before the last ADD of the pod. */
    public Reading<List<Link>> hostLinksBeforeAdd(NamespaceName pod) {
        return EarlierStep.require(hostLinksBeforeAdd.get(pod), "the runtime did not add " + pod,
                "When the runtime adds " + pod + " to the network");
    }

    public String declaredVersion() {
        return config().cniVersion();
    }

    public String netnsPath(NamespaceName pod) {
        return "/run/netns/" + pod.value();
    }

    /** The address reservations in the network's state directory (see {@link IpamReservations}). */
    public Reading<IpamReservations> reservations() {
        String directory = DATA_DIR + "/" + NETWORK;
        CommandResult result = lab.read(Place.HOST, "grep", "-r", "-m1", "-H", "", directory);
        boolean missing = result.stderr().contains("No such file");
        // grep exits 1 when no file has a line (only the empty lock file is there)
        if (result.exitStatus() > 1 && !missing) {
            throw new StepFailure("reading " + directory, Place.HOST, result);
        }
        return new Reading<>(Place.HOST, result, IpamReservations.parse(!missing, result.stdout()));
    }

    public void expectSucceeded() {
        Facts.expect("the plugin exits 0", last(), CniAnswer::succeeded, CniAnswer::describe);
    }

    public void expectError(int code) {
        expectError("exits non-zero with the error JSON of code " + code, e -> e.code() == code);
    }

    public void expectErrorNaming(int code, String variable) {
        expectError("exits non-zero with the error JSON of code " + code + ", its msg naming " + variable,
                e -> e.code() == code && e.msg().contains(variable));
    }

    /** A failure the specification has no well-known code for (no free address, CHECK finding a difference). */
    public void expectErrorOfItsOwn() {
        expectError("exits non-zero with the error JSON of a code of its own (" + CniError.FIRST_PLUGIN_SPECIFIC
                + " or more)", CniError::isPluginSpecific);
    }

    public void expectSupportsConfiguredVersion() {
        String declared = declaredVersion();
        Facts.expect("the plugin answers VERSION with supportedVersions that include " + declared, last(),
                a -> a.succeeded() && parses(() -> CniJson.versionInfo(a.stdout()).supportedVersions().contains(declared)),
                a -> a.succeeded() ? describeParsed(() -> "supportedVersions "
                        + CniJson.versionInfo(a.stdout()).supportedVersions()) : a.describe());
    }

    public void expectResultOfConfiguredVersion(NamespaceName pod) {
        String declared = declaredVersion();
        Facts.expect("ADD for " + pod + " returns a result of cniVersion " + declared, addAnswer(pod),
                a -> parses(() -> declared.equals(CniJson.result(a.stdout()).cniVersion())),
                a -> describeParsed(() -> "a result of cniVersion " + CniJson.result(a.stdout()).cniVersion()));
    }

    public void expectListsSandboxInterface(NamespaceName pod, InterfaceName ifname, NamespaceName netns) {
        String path = netnsPath(netns);
        Facts.expect("the result for " + pod + " lists " + ifname + " with sandbox " + path, addAnswer(pod),
                a -> parses(() -> CniJson.result(a.stdout()).interfaces().stream()
                        .anyMatch(i -> ifname.value().equals(i.name()) && path.equals(i.sandbox()))),
                a -> describeParsed(() -> "interfaces: " + CniJson.result(a.stdout()).interfaces()));
    }

    public void expectListsBridgeVethAndPodInterface(NamespaceName pod, InterfaceName bridge, InterfaceName ifname,
                                                     NamespaceName netns) {
        String path = netnsPath(netns);
        Facts.expect("the result for " + pod + " lists " + bridge + " and one more interface on the host, and "
                        + ifname + " in " + path + ", with an address and a gateway on it", addAnswer(pod),
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
        Facts.expect("the plugin " + fact, last(),
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

    /** The environment first, so that a report names the call by its CNI_* variables. */
    private Reading<CniAnswer> call(String stdin, Map<String, String> environment) {
        if (versionUnchecked) {
            versionUnchecked = false;
            CniVersionSupport.require(lab, plugin().name(), plugin().binary(), config().cniVersion());
        }
        last = call(lab, plugin().binary(), stdin, environment);
        return last;
    }

    private Map<String, String> networkEnvironment(String command) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("CNI_COMMAND", command);
        environment.put("CNI_PATH", plugin().cniPath());
        return environment;
    }

    /** One call of any plugin as a runtime makes it; also each plugin of a list ({@link CniLists}). */
    static Reading<CniAnswer> call(Lab lab, String binary, String stdin, Map<String, String> environment) {
        List<String> argv = new ArrayList<>(List.of("env", "-i", "PATH=" + netspec.host.SandboxCommand.STANDARD_PATH));
        environment.forEach((name, value) -> argv.add(name + "=" + value));
        argv.addAll(List.of(StandardInput.feeding(stdin, binary)));
        CommandResult result = lab.attempt(Place.HOST, argv.toArray(String[]::new));
        return new Reading<>(Place.HOST, result, new CniAnswer(result.exitStatus(), result.stdout()));
    }

    private Map<String, String> environment(String command, NamespaceName pod) {
        return environment(command, pod, plugin().cniPath());
    }

    /** The CNI_* variables of a call for the pod, with its CNI_PATH. */
    static Map<String, String> environment(String command, NamespaceName pod, String cniPath) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("CNI_COMMAND", command);
        environment.put("CNI_CONTAINERID", pod.value());
        environment.put("CNI_NETNS", "/run/netns/" + pod.value());
        environment.put("CNI_IFNAME", IFNAME);
        // what the kubelet passes; IgnoreUnknown lets a plugin skip the keys it does not know
        environment.put("CNI_ARGS", "IgnoreUnknown=1;K8S_POD_NAMESPACE=default;K8S_POD_NAME=" + pod.value());
        environment.put("CNI_PATH", cniPath);
        return environment;
    }

    /** The scenario's values plus the links bound to placeholders; a placeholder the template names must be bound. */
    private Map<String, String> withBoundLinks(String template, Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(values);
        for (String name : NetworkConfig.placeholders(template)) {
            if (name.equals("master") || name.equals("device")) {
                all.put(name, EarlierStep.require(boundLinks.get(name), "the configuration template names ${"
                        + name + "} and no link of the node was bound to it",
                        "Given the CNI configuration's " + name + " is up0").value());
            }
        }
        return all;
    }

    /** DEL and CHECK carry the result of ADD as prevResult when there was one (DEL may go without). */
    private NetworkConfig configWithResultOf(NamespaceName pod) {
        Reading<CniAnswer> answer = added.get(pod);
        return answer == null ? config()
                : config().withPrevResult(CniJson.tree(answer.value().stdout(), "the result of ADD for " + pod));
    }

    private NetworkConfig config() {
        return EarlierStep.require(config, "no CNI plugin was chosen",
                "Given the CNI plugin bridge with cniVersion 1.0.0 on the subnet 10.22.0.0/16");
    }

    private CniPlugin plugin() {
        config();
        return plugin;
    }
}
