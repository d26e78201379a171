package netspec.k8s;

import netspec.evidence.Place;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.NamespaceName;

/**
 * A node of the flannel network: a namespace with its underlay address, its lease of the pod network (the
 * subnet), and the MAC address of its VTEP, flannel.1, which flanneld publishes for the other nodes.
 */
public record FlannelNode(NamespaceName name, IpAddress underlayAddress, Ipv4Subnet podSubnet, String vtepMac) {

    public Place place() {
        return Place.of(name);
    }

    /** flannel.1's own address: the subnet's first, as a /32 (10.244.1.0). */
    public IpAddress vtepAddress() {
        return podSubnet.address(0);
    }

    /** cni0's address, the pods' gateway: the subnet's second (10.244.1.1). */
    public IpAddress bridgeAddress() {
        return podSubnet.address(1);
    }

    @Override
    public String toString() {
        return name.value();
    }
}
