package netspec.kernel.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import netspec.cni.CniAnswer;
import netspec.cni.CniError;
import netspec.cni.CniJson;
import netspec.cni.CniResult;
import netspec.cni.ResultAgainstKernel;
import netspec.cni.ResultChanges;
import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.CniVersion;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.NamespaceName;
import netspec.lab.EarlierStep;
import netspec.lab.Lab;
import netspec.lab.Readings;
import netspec.lab.StepFailure;
import netspec.lab.cni.NetworkConfig;
import netspec.lab.cni.NetworkConfigList;
import netspec.lab.cni.NetworkLists;
import netspec.linux.Link;
import netspec.shell.CommandResult;

/**
 * Runs a network configuration list as a container runtime does (CNI specification 1.0.0, "Execution of
 * Network Configuration Lists", as libcni does it): ADD calls each plugin in the list's order, each given the
 * previous plugin's result as {@code prevResult}, and stops at the first failure; the last result is the
 * list's, cached for the pod. CHECK calls each plugin in order with the cached result; DEL calls them in
 * reverse order with the cached result (kept after DEL, for the facts that show what DEL took away). Each
 * plugin is found by its
 * type in CNI_PATH and called with the same CNI_* variables as a single plugin ({@link Cni}).
 *
 * <pre>{@code
 * lists.use(NetworkLists.named("bridge-chain"), new CniVersion("1.0.0"), 10.22.0.0/24);
 * lists.mapPort(pod1, 8080, 80);        // runtimeConfig.portMappings, for the plugins with that capability
 * lists.add(pod1);                      // bridge, tuning, portmap, bandwidth, firewall
 * lists.expectEveryPluginSucceeded();
 * lists.delete(pod1);                   // firewall, bandwidth, portmap, tuning, bridge
 * }</pre>
 */
public final class CniLists {

    private final Lab lab;
    private NetworkConfigList list;
    private final Map<String, String> binaries = new HashMap<>();
    private String cniPath;
    private final Map<NamespaceName, Map<String, JsonNode>> runtimeArguments = new HashMap<>();
    private final Map<NamespaceName, List<PluginCall>> additions = new HashMap<>();
    private final Map<NamespaceName, Reading<CniAnswer>> cached = new HashMap<>();
    private final Map<NamespaceName, Reading<List<Link>>> hostLinksBeforeDelete = new HashMap<>();
    private List<PluginCall> lastCalls;
    private String lastCommand;

    /** One plugin's call within a run of the list: what it got on stdin and what it answered. */
    public record PluginCall(String type, NetworkConfig config, Reading<CniAnswer> answer) {
        @Override
        public String toString() {
            return type + ": " + answer.value().describe();
        }
    }

    public CniLists(Lab lab) {
        this.lab = lab;
    }

    /** Fills in the list and finds each of its plugins in CNI_PATH on the target. */
    public void use(NetworkLists.Source source, CniVersion version, Cidr subnet) {
        list = NetworkConfigList.render(source.template(), Map.of("cniVersion", version.value(), "name", Cni.NETWORK,
                "subnet", subnet.toString(), "dataDir", Cni.DATA_DIR));
        cniPath = source.cniPath();
        for (String type : list.types()) {
            CommandResult found = lab.attempt(Place.HOST, "sh", "-c",
                    "IFS=:; for d in $0; do if [ -x \"$d/$1\" ]; then echo \"$d/$1\"; exit 0; fi; done; exit 1",
                    cniPath, type);
            if (!found.succeeded()) {
                throw new StepFailure("finding the plugin " + type + " in CNI_PATH " + cniPath, Place.HOST, found);
            }
            binaries.put(type, found.stdout().strip());
            CniVersionSupport.require(lab, type, found.stdout().strip(), version.value());
        }
        Cni.hideMachineState(lab);
    }

    /** The runtime's portMappings argument for the pod (the pod's hostPort), as a CRI runtime passes it. */
    public void mapPort(NamespaceName pod, int hostPort, int containerPort) {
        JsonNode mappings = runtimeArguments(pod).computeIfAbsent("portMappings", k -> CniJson.mapper().createArrayNode());
        ((ArrayNode) mappings).addObject()
                .put("hostPort", hostPort).put("containerPort", containerPort).put("protocol", "tcp");
    }

    /** The runtime's mac argument for the pod (capability "mac", e.g. from a pod annotation). */
    public void askMac(NamespaceName pod, String mac) {
        if (!mac.matches("(?i)[0-9a-f]{2}(:[0-9a-f]{2}){5}")) {
            throw new InvalidStepArgument("MAC address", mac, "write six hexadecimal pairs separated by ':'");
        }
        runtimeArguments(pod).put("mac", CniJson.mapper().getNodeFactory().textNode(mac.toLowerCase()));
    }

    public Optional<String> askedMac(NamespaceName pod) {
        return Optional.ofNullable(runtimeArguments(pod).get("mac")).map(JsonNode::asText);
    }

    public List<PluginCall> add(NamespaceName pod) {
        List<PluginCall> calls = new ArrayList<>();
        Optional<JsonNode> previous = Optional.empty();
        for (int index : list().addOrder()) {
            PluginCall call = call("ADD", index, pod, previous);
            calls.add(call);
            if (!call.answer().value().succeeded()) {
                break;
            }
            previous = Optional.of(CniJson.tree(call.answer().value().stdout(), "the result of " + call.type()));
        }
        finished("ADD", calls);
        additions.put(pod, calls);
        if (calls.size() == list().types().size() && calls.stream().allMatch(c -> c.answer().value().succeeded())) {
            cached.put(pod, calls.get(calls.size() - 1).answer());
        }
        return calls;
    }

    /** An ADD the scenario starts from: a failure of any plugin fails the step, showing its answer. */
    public void addSuccessfully(NamespaceName pod) {
        List<PluginCall> calls = add(pod);
        PluginCall end = calls.get(calls.size() - 1);
        if (!cached.containsKey(pod)) {
            throw new StepFailure("ADD of " + pod + " through the list, at " + end.type(), Place.HOST,
                    end.answer().result());
        }
    }

    public List<PluginCall> check(NamespaceName pod) {
        return runEach("CHECK", list().addOrder(), pod, Optional.of(cachedTree(pod)));
    }

    /** Reads the host's links first, so that "gone" can show they were there. */
    public List<PluginCall> delete(NamespaceName pod) {
        hostLinksBeforeDelete.put(pod, lab.kernel(Place.HOST).links());
        Optional<JsonNode> result = cached.containsKey(pod) ? Optional.of(cachedTree(pod)) : Optional.empty();
        return runEach("DEL", list().deleteOrder(), pod, result);
    }

    /** CHECK and DEL: every plugin in the order given, each with the same cached result, up to the first failure. */
    private List<PluginCall> runEach(String command, List<Integer> order, NamespaceName pod, Optional<JsonNode> result) {
        List<PluginCall> calls = new ArrayList<>();
        for (int index : order) {
            PluginCall call = call(command, index, pod, result);
            calls.add(call);
            if (!call.answer().value().succeeded()) {
                break;
            }
        }
        finished(command, calls);
        return calls;
    }

    /** The list's result for the pod: what the last plugin returned on ADD. */
    public CniResult resultOf(NamespaceName pod) {
        return CniJson.result(cachedAnswer(pod).value().stdout());
    }

    public Reading<List<Link>> hostLinksBeforeDelete(NamespaceName pod) {
        return EarlierStep.require(hostLinksBeforeDelete.get(pod), "the runtime did not delete " + pod,
                "When the runtime deletes " + pod + " through the network list");
    }

    /** @param reversed whether the plugins were to be called in reverse order (DEL) rather than the list's */
    public void expectEveryPluginSucceeded(boolean reversed) {
        List<String> order = order(reversed);
        Facts.expect("every plugin of the list exits 0 on " + lastCommand + ", called in the order " + order,
                lastCallsReading(),
                calls -> calls.stream().map(PluginCall::type).toList().equals(order)
                        && calls.stream().allMatch(c -> c.answer().value().succeeded()),
                CniLists::describe);
    }

    /** The run stopped at {@code type}, which failed with an error of its own; every plugin before it succeeded. */
    public void expectFailedAt(String type) {
        Facts.expect(lastCommand + " stops at " + type + ", which exits non-zero with the error JSON of a code of"
                        + " its own (" + CniError.FIRST_PLUGIN_SPECIFIC + " or more), after the plugins before it"
                        + " succeeded", lastCallsReading(),
                calls -> {
                    PluginCall end = calls.get(calls.size() - 1);
                    return type.equals(end.type())
                            && end.answer().value().error().filter(CniError::isPluginSpecific).isPresent()
                            && calls.subList(0, calls.size() - 1).stream().allMatch(c -> c.answer().value().succeeded());
                },
                CniLists::describe);
    }

    /** Each plugin after the first returned the result it was given, with only its own changes. */
    public void expectOnlyOwnChanges(NamespaceName pod) {
        List<PluginCall> calls = EarlierStep.require(additions.get(pod), "the runtime did not add " + pod,
                "When the runtime adds " + pod + " through the network list");
        List<ResultChanges> changes = new ArrayList<>();
        for (int i = 1; i < calls.size(); i++) {
            PluginCall call = calls.get(i);
            if (call.answer().value().succeeded()) {
                changes.add(ResultChanges.of(call.type(), Cni.IFNAME, call.config().json().get("prevResult"),
                        CniJson.tree(call.answer().value().stdout(), "the result of " + call.type())));
            }
        }
        List<Reading<?>> answers = calls.stream().<Reading<?>>map(PluginCall::answer).toList();
        Facts.expectEvery("every chained plugin returned its prevResult with only its own changes",
                Readings.all(answers, changes), ResultChanges::onlyOwn,
                c -> c.type() + " also changed: " + c.foreign());
    }

    /** The list's result held against the kernel, as a single plugin's is ({@link CniResults}). */
    public void expectMatchesKernel(NamespaceName pod) {
        ResultAgainstKernel.expectMatch("every interface, address and route of the list's result for " + pod
                + " is in the kernel", CniResults.claims(lab, pod, "/run/netns/" + pod.value(), cachedAnswer(pod),
                resultOf(pod)));
    }

    private PluginCall call(String command, int index, NamespaceName pod, Optional<JsonNode> prevResult) {
        String type = list().types().get(index);
        NetworkConfig config = list().pluginConfig(index, prevResult, runtimeArguments(pod));
        Reading<CniAnswer> answer = Cni.call(lab, binaries.get(type), config.text(),
                Cni.environment(command, pod, cniPath));
        return new PluginCall(type, config, answer);
    }

    private void finished(String command, List<PluginCall> calls) {
        lastCommand = command;
        lastCalls = List.copyOf(calls);
    }

    private List<String> order(boolean reversed) {
        List<Integer> positions = reversed ? list().deleteOrder() : list().addOrder();
        return positions.stream().map(i -> list().types().get(i)).toList();
    }

    private Reading<List<PluginCall>> lastCallsReading() {
        List<PluginCall> calls = EarlierStep.require(lastCalls, "the runtime ran no network list",
                "When the runtime adds pod1 through the network list");
        return Readings.all(calls.stream().<Reading<?>>map(PluginCall::answer).toList(), calls);
    }

    private static String describe(List<PluginCall> calls) {
        return calls.stream().map(PluginCall::toString).collect(Collectors.joining("\n"));
    }

    private Map<String, JsonNode> runtimeArguments(NamespaceName pod) {
        return runtimeArguments.computeIfAbsent(pod, p -> new LinkedHashMap<>());
    }

    private Reading<CniAnswer> cachedAnswer(NamespaceName pod) {
        return EarlierStep.require(cached.get(pod), "no ADD of " + pod + " through the list has succeeded",
                "Given " + pod + " has been added through the network list");
    }

    private JsonNode cachedTree(NamespaceName pod) {
        return CniJson.tree(cachedAnswer(pod).value().stdout(), "the cached result of " + pod);
    }

    private NetworkConfigList list() {
        return EarlierStep.require(list, "no network configuration list was chosen",
                "Given the CNI network list bridge-chain with cniVersion 1.0.0 on the subnet 10.22.0.0/24");
    }
}
