package netspec.k8s;

import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;

/** An IPv4 address and TCP port as ipvsadm writes a virtual service or a real server: 1.2.3.4:80. */
public record VirtualService(IpAddress address, int port) {

    public VirtualService {
        if (address.ipv6()) {
            throw new InvalidStepArgument("service address", address.value(), "these specs use IPv4 services");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidStepArgument("TCP port", Integer.toString(port), "use 1 to 65535");
        }
    }

    @Override
    public String toString() {
        return address.value() + ":" + port;
    }
}
