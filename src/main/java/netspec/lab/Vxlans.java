package netspec.lab;

import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;
import netspec.evidence.args.VxlanOptions;
import netspec.shell.CommandResult;

/** VXLAN tunnel endpoints: made with iproute2, or asked of the kernel directly over netlink. */
public final class Vxlans {

    /** The all-zero MAC: the fdb entry a VXLAN sends frames for unknown destinations to. */
    private static final String ANY_MAC = "00:00:00:00:00:00";

    private final Lab lab;
    private String newlinkHelper;

    public Vxlans(Lab lab) {
        this.lab = lab;
    }

    /** Creates the device and brings it up; the step fails if the kernel refuses. */
    public void create(LinkRef link, VxlanOptions options) {
        options.requireValidVni();
        lab.run("creating vxlan " + link, link.place(), options.ipLinkAdd(link.name()).toArray(String[]::new));
        lab.run("bringing up " + link, link.place(), "ip", "link", "set", link.name().value(), "up");
    }

    /** Tries to create the device; whether and why it was refused is the evidence. */
    public CommandResult attemptCreate(LinkRef link, VxlanOptions options) {
        return lab.attempt(link.place(), options.ipLinkAdd(link.name()).toArray(String[]::new));
    }

    /**
     * Sends the kernel the request iproute2 would send, without iproute2's own range check on the VNI, so that
     * what is refused is refused by the kernel. Needs perl on the target.
     */
    public CommandResult requestOverNetlink(LinkRef link, long vni, int port) {
        if (vni < 0 || vni > 0xffffffffL) {
            throw new InvalidStepArgument("VNI", Long.toString(vni), "netlink carries it in 32 bits: 0 to 4294967295");
        }
        if (newlinkHelper == null) {
            // a file rather than perl -e, so that the command judged reads as one line in the report
            newlinkHelper = Assets.install(lab, "vxlan-newlink.pl");
        }
        return lab.attempt(link.place(), "perl", newlinkHelper, link.name().value(), Long.toString(vni),
                Integer.toString(port));
    }

    /** Head-end replication: frames for MACs the VXLAN has not learned go to this remote endpoint too. */
    public void floodTo(LinkRef link, IpAddress remote) {
        lab.run("flooding " + link + " to " + remote, link.place(), "bridge", "fdb", "append", ANY_MAC,
                "dev", link.name().value(), "dst", remote.value());
    }
}
