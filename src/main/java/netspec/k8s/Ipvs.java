package netspec.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.lab.StepFailure;
import netspec.evidence.args.InterfaceName;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.linux.IpvsStats;
import netspec.shell.CommandResult;

/**
 * What kube-proxy in IPVS mode does on a node, here the sandbox's host: IPVS virtual services with
 * masqueraded (NAT) real servers, programmed with ipvsadm; the service addresses on the dummy device
 * kube-ipvs0; and what it needs from the node's netfilter.
 */
public final class Ipvs {

    private static final Pattern SCHEDULER = Pattern.compile("[a-z]{2,5}");

    private final Lab lab;
    private final List<VirtualService> realServers = new ArrayList<>();

    public Ipvs(Lab lab) {
        this.lab = lab;
    }

    public void addService(VirtualService service, String scheduler) {
        lab.run("adding the virtual service " + service, Place.HOST, "ipvsadm", "--add-service", "--tcp-service",
                service.toString(), "--scheduler", checked(scheduler));
    }

    public void addRealServer(VirtualService service, VirtualService realServer) {
        lab.run("adding " + realServer + " to " + service, Place.HOST, "ipvsadm", "--add-server", "--tcp-service",
                service.toString(), "--real-server", realServer.toString(), "--masquerading");
        realServers.add(realServer);
    }

    public void setScheduler(VirtualService service, String scheduler) {
        lab.run("setting the scheduler of " + service, Place.HOST, "ipvsadm", "--edit-service", "--tcp-service",
                service.toString(), "--scheduler", checked(scheduler));
    }

    public void setWeight(VirtualService service, VirtualService realServer, int weight) {
        if (weight < 0 || weight > 65535) {
            throw new InvalidStepArgument("weight", Integer.toString(weight), "use 0 to 65535");
        }
        lab.run("weighting " + realServer + " in " + service, Place.HOST, "ipvsadm", "--edit-server", "--tcp-service",
                service.toString(), "--real-server", realServer.toString(), "--masquerading", "--weight",
                Integer.toString(weight));
    }

    /** kube-proxy binds every service address to kube-ipvs0 and leaves the device down: the address is local all the same. */
    public void bindToDummy(IpAddress address, InterfaceName dummy) {
        lab.run("creating " + dummy, Place.HOST, "ip", "link", "add", dummy.value(), "type", "dummy");
        lab.run("binding " + address + " to " + dummy, Place.HOST, "ip", "address", "add", address.value() + "/32",
                "dev", dummy.value());
    }

    /**
     * kube-proxy's KUBE-LOOP-BACK: a connection from a real server to itself leaves with the node's address as
     * its source, so the server's answer comes back through the node to be translated. kube-proxy matches an
     * ipset (endpoint, port, source = endpoint); without ipset, one rule per real server does the same.
     */
    public void masqueradeLoopBack() {
        for (VirtualService server : realServers) {
            String ip = server.address().value() + "/32";
            lab.run("masquerading " + server + " to itself", Place.HOST, "iptables", "--table", "nat", "--append",
                    "POSTROUTING", "--source", ip, "--destination", ip, "--protocol", "tcp", "--dport",
                    Integer.toString(server.port()), "--jump", "MASQUERADE");
        }
    }

    public Reading<IpvsStats> stats(VirtualService service) {
        CommandResult result = lab.read(Place.HOST, "ipvsadm", "--list", "--numeric", "--stats", "--exact",
                "--tcp-service", service.toString());
        if (!result.succeeded()) {
            throw new StepFailure("reading the counters of " + service, Place.HOST, result);
        }
        return new Reading<>(Place.HOST, result, IpvsStats.parse(result.stdout()));
    }

    private static String checked(String scheduler) {
        if (!SCHEDULER.matcher(scheduler).matches()) {
            throw new InvalidStepArgument("IPVS scheduler", scheduler, "name one like rr, wrr, lc, wlc, sh");
        }
        return scheduler;
    }
}
