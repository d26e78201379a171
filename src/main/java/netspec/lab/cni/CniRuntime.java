package netspec.lab.cni;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import netspec.cni.CniAnswer;
import netspec.cni.CniJson;
import netspec.cni.CniResult;
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
 * against the kernel.
 */
public final class CniRuntime {

    public static final String NETWORK = "podnet";
    public static final String IFNAME = "eth0";
    /** In the sandbox's private /run, so that plugin state ends with the sandbox. */
    public static final String DATA_DIR = "/run/netspec/cni";

    private final Lab lab;
    private CniPlugin plugin;
    private NetworkConfig config;
    private final Map<NamespaceName, Reading<CniAnswer>> added = new HashMap<>();
    private Reading<CniAnswer> last;

    public CniRuntime(Lab lab) {
        this.lab = lab;
    }

    /** Prepares the plugin: sends it to the target if netspec ships it, and fills in its configuration. */
    public void use(CniPlugin chosen, CniVersion version, Cidr subnet) {
        config = NetworkConfig.render(chosen.template(), Map.of("cniVersion", version.value(), "name", NETWORK,
                "subnet", subnet.toString(), "dataDir", DATA_DIR));
        plugin = chosen.asset().map(asset -> {
            String binary = Assets.install(lab, asset);
            lab.run("making " + chosen.name() + " executable", Place.HOST, "chmod", "0755", binary);
            return new CniPlugin(chosen.name(), binary, binary.substring(0, binary.lastIndexOf('/')),
                    chosen.template(), chosen.asset());
        }).orElse(chosen);
        // a plugin that keeps state in the usual place keeps it in the sandbox, not on the machine
        lab.run("hiding the machine's CNI state from the plugin", Place.HOST, "sh", "-c",
                "if [ -d /var/lib/cni ]; then mount -t tmpfs netspec-cni /var/lib/cni; fi");
    }

    public Reading<CniAnswer> add(NamespaceName pod) {
        Reading<CniAnswer> answer = call(config().text(), environment("ADD", pod));
        if (answer.value().succeeded()) {
            added.put(pod, answer);
        }
        return answer;
    }

    public Reading<CniAnswer> delete(NamespaceName pod) {
        return call(configWithResultOf(pod).text(), environment("DEL", pod));
    }

    public Reading<CniAnswer> check(NamespaceName pod) {
        return call(configWithResultOf(pod).text(), environment("CHECK", pod));
    }

    /** VERSION gets only CNI_COMMAND, and the version the runtime speaks on stdin. */
    public Reading<CniAnswer> version() {
        return call("{\"cniVersion\": \"" + config().cniVersion() + "\"}", new LinkedHashMap<>(Map.of("CNI_COMMAND", "VERSION")));
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

    public String declaredVersion() {
        return config().cniVersion();
    }

    public String netnsPath(NamespaceName pod) {
        return "/run/netns/" + pod.value();
    }

    /** The place of the scenario whose network namespace the path names, if any. */
    public Optional<Place> placeOfSandbox(String path) {
        String prefix = "/run/netns/";
        if (path == null || !path.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Place.of(new NamespaceName(path.substring(prefix.length()))));
        } catch (InvalidStepArgument notOurs) {
            return Optional.empty();
        }
    }

    /**
     * The address reservations in the network's state directory, as host-local keeps them (and
     * netspec-bash-cni too): one file per address, its first line the container ID.
     */
    public Reading<Map<String, String>> reservations() {
        String directory = DATA_DIR + "/" + NETWORK;
        CommandResult result = lab.read(Place.HOST, "grep", "-r", "-m1", "-H", "", directory);
        // grep exits 1 when no file has a line (only the empty lock file is there)
        if (result.exitStatus() > 1 && !result.stderr().contains("No such file")) {
            throw new StepFailure("reading " + directory, Place.HOST, result);
        }
        Map<String, String> reserved = new LinkedHashMap<>();
        for (String line : result.stdout().lines().toList()) {
            // "DIR/10.22.0.2:pod1"; a container ID has no ':', an IPv6 file name has
            int colon = line.lastIndexOf(':');
            String file = line.substring(0, colon);
            reserved.put(file.substring(file.lastIndexOf('/') + 1), line.substring(colon + 1));
        }
        return new Reading<>(Place.HOST, result, reserved);
    }

    /** The environment first, so that a report names the call by its CNI_* variables. */
    private Reading<CniAnswer> call(String stdin, Map<String, String> environment) {
        List<String> argv = new ArrayList<>(List.of("env", "-i", "PATH=" + netspec.host.SandboxCommand.STANDARD_PATH));
        environment.forEach((name, value) -> argv.add(name + "=" + value));
        argv.addAll(List.of(StandardInput.feeding(stdin, plugin().binary())));
        CommandResult result = lab.attempt(Place.HOST, argv.toArray(String[]::new));
        last = new Reading<>(Place.HOST, result, new CniAnswer(result.exitStatus(), result.stdout()));
        return last;
    }

    private Map<String, String> environment(String command, NamespaceName pod) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("CNI_COMMAND", command);
        environment.put("CNI_CONTAINERID", pod.value());
        environment.put("CNI_NETNS", netnsPath(pod));
        environment.put("CNI_IFNAME", IFNAME);
        // what the kubelet passes; IgnoreUnknown lets a plugin skip the keys it does not know
        environment.put("CNI_ARGS", "IgnoreUnknown=1;K8S_POD_NAMESPACE=default;K8S_POD_NAME=" + pod.value());
        environment.put("CNI_PATH", plugin().cniPath());
        return environment;
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
