package netspec.cni;

import java.util.List;

import netspec.cni.ResultAgainstKernel.Side;
import netspec.linux.Captured;
import netspec.linux.KernelJson;

/** The kernel right after the reference plugin's ADD of pod1, and after its address was removed (captured/cni). */
final class CapturedAdd {

    static final Side HOST = new Side("the host", KernelJson.links(read("kernel-add-host-ip-d-link.json")),
            KernelJson.addresses(read("kernel-add-host-ip-addr.json")), List.of());
    static final Side POD = new Side("pod1", KernelJson.links(read("kernel-add-pod1-ip-d-link.json")),
            KernelJson.addresses(read("kernel-add-pod1-ip-addr.json")),
            KernelJson.routes(read("kernel-add-pod1-ip-route.json")));
    static final Side POD_WITHOUT_ADDRESS = new Side("pod1", POD.links(),
            KernelJson.addresses(read("kernel-address-removed-pod1-ip-addr.json")),
            KernelJson.routes(read("kernel-address-removed-pod1-ip-route.json")));

    private CapturedAdd() {
    }

    static String read(String file) {
        return Captured.read("cni/" + file);
    }
}
