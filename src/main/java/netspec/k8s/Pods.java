package netspec.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;

/**
 * A pod's network as the CNI bridge plugin wires it on a node: the pod's own namespace, a veth pair whose
 * node end is a port of the node's bridge, the pod's address on eth0 and a default route through the bridge.
 */
public final class Pods {

    public static final InterfaceName POD_INTERFACE = new InterfaceName("eth0");

    private Pods() {
    }

    /** The node end of the pod's veth pair: veth-POD. */
    public static InterfaceName nodeEnd(NamespaceName pod) {
        try {
            return new InterfaceName("veth-" + pod.value());
        } catch (InvalidStepArgument e) {
            throw new InvalidStepArgument("pod name", pod.value(),
                    "the node end of its veth pair is named veth-" + pod.value() + ", and " + e.getMessage()
                            + "; use a pod name of at most 10 characters");
        }
    }

    /** @param mtu the MTU of both ends of the veth pair; the kernel's default (1500) when empty */
    public static void plug(Lab lab, Place node, InterfaceName bridge, NamespaceName pod, Cidr address,
                            IpAddress gateway, OptionalInt mtu) {
        InterfaceName nodeEnd = nodeEnd(pod);
        lab.addNamespace(pod);
        List<String> veth = new ArrayList<>(List.of("ip", "link", "add", nodeEnd.value()));
        mtu.ifPresent(m -> veth.addAll(List.of("mtu", Integer.toString(m))));
        veth.addAll(List.of("type", "veth", "peer", "name", POD_INTERFACE.value()));
        mtu.ifPresent(m -> veth.addAll(List.of("mtu", Integer.toString(m))));
        veth.addAll(List.of("netns", pod.value()));
        lab.run("creating the veth pair of " + pod, node, veth.toArray(String[]::new));
        lab.run("attaching " + nodeEnd + " to " + bridge, node, "ip", "link", "set", nodeEnd.value(), "master",
                bridge.value(), "up");
        Place inside = Place.of(pod);
        lab.run("addressing " + pod, inside, "ip", "address", "add", address.toString(), "dev", POD_INTERFACE.value());
        lab.run("bringing up eth0 in " + pod, inside, "ip", "link", "set", POD_INTERFACE.value(), "up");
        lab.run("routing " + pod + " through " + gateway, inside, "ip", "route", "add", "default", "via",
                gateway.value());
    }
}
