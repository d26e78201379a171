package netspec.bpf;

import netspec.lab.Lab;
import netspec.lab.LinkRef;

/**
 * A BPF program as a tc classifier at the ingress of a device, in direct-action mode: the program's return
 * value is the verdict (TC_ACT_OK, TC_ACT_SHOT, a redirect), no separate action is needed. It hangs off a
 * clsact qdisc, which has no queue and only offers the ingress and egress hooks.
 */
public final class TcClassifier {

    private TcClassifier() {
    }

    public static void attachAtIngress(Lab lab, LinkRef device, BpfObject object) {
        String dev = device.name().value();
        lab.run("adding a clsact qdisc to " + device, device.place(), "tc", "qdisc", "replace", "dev", dev, "clsact");
        lab.run("attaching " + object.program() + " at the ingress of " + device, device.place(), "tc", "filter",
                "add", "dev", dev, "ingress", "bpf", "da", "obj", object.path(), "sec", BpfObject.SECTION);
    }

    /** Removes every filter at the ingress hook; the clsact qdisc stays. */
    public static void detachFromIngress(Lab lab, LinkRef device) {
        lab.run("detaching the filters at the ingress of " + device, device.place(), "tc", "filter", "del", "dev",
                device.name().value(), "ingress");
    }
}
