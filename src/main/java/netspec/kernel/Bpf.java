package netspec.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import netspec.bpf.BpfObject;
import netspec.bpf.TcClassifier;
import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.linux.TcFilter;

/**
 * BPF programs built on the target from netspec's C sources and attached as tc classifiers at a device's
 * ingress, in direct-action mode; the facts read back with {@code tc -j filter show}.
 *
 * <pre>{@code
 * bpf.compile("icmp_echo_responder.c");              // clang -O2 -g -target bpf -c ... -o ....o
 * bpf.attachAtIngress("icmp_echo_responder.c", vethBInNs2);
 * bpf.expectRunsJited(vethBInNs2, "icmp_echo_responder");
 * }</pre>
 */
public final class Bpf {

    private final Lab lab;
    private final Map<String, BpfObject> built = new HashMap<>();

    public Bpf(Lab lab) {
        this.lab = lab;
    }

    public BpfObject compile(String source) {
        BpfObject object = BpfObject.build(lab, source);
        built.put(source, object);
        return object;
    }

    public void attachAtIngress(String source, LinkRef device) {
        BpfObject object = built.get(source);
        if (object == null) {
            throw new IllegalStateException(source + " was not compiled in this scenario; add a step like 'Given "
                    + source + " is compiled with clang for the BPF target'");
        }
        TcClassifier.attachAtIngress(lab, device, object);
    }

    public void detachFromIngress(LinkRef device) {
        TcClassifier.detachFromIngress(lab, device);
    }

    public void expectRunsJited(LinkRef device, String program) {
        Facts.expect(device + " has a direct-action bpf filter at ingress running " + program + ", jited",
                ingressFilters(device), filters -> filters.stream().anyMatch(f -> f.runs(program)
                        && f.options().directAction() && f.options().prog().isJited()),
                Bpf::describe);
    }

    /** An empty list is the answer here: tc shows the hook's filters, and reading it failed loudly otherwise. */
    public void expectRunsNoProgram(LinkRef device) {
        Facts.expect(device + " has no bpf program at ingress", ingressFilters(device),
                filters -> filters.stream().noneMatch(TcFilter::isBpfProgram), Bpf::describe);
    }

    private Reading<List<TcFilter>> ingressFilters(LinkRef device) {
        return lab.kernel(device.place()).tcFilters(device.name(), "ingress");
    }

    private static String describe(List<TcFilter> filters) {
        return filters.isEmpty() ? "no filter at ingress"
                : filters.stream().map(TcFilter::toString).collect(Collectors.joining("; "));
    }
}
