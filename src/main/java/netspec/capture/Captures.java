package netspec.capture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.evidence.Reading;

/**
 * The captures of one scenario, one per link. A capture is stopped by the first step that reads it, so the
 * frames judged are those of everything the scenario did before that step.
 */
public final class Captures {

    private final Lab lab;
    private final Map<LinkRef, Capture> byLink = new LinkedHashMap<>();

    public Captures(Lab lab) {
        this.lab = lab;
    }

    public void start(LinkRef link) {
        if (byLink.containsKey(link)) {
            throw new IllegalStateException("there is already a capture on " + link + " in this scenario");
        }
        byLink.put(link, Capture.start(lab, link, byLink.size() + 1));
    }

    /** Stops the capture if it still runs (attaching the pcap to this step) and decodes it. */
    public Reading<List<Frame>> frames(LinkRef link) {
        return stopped(link).frames(lab);
    }

    /** Like {@link #frames}, as IPv4 packets with their TTL and the inner packet of VXLAN. */
    public Reading<List<IpPacket>> ipPackets(LinkRef link) {
        return stopped(link).ipPackets(lab);
    }

    private Capture stopped(LinkRef link) {
        Capture capture = byLink.get(link);
        if (capture == null) {
            throw new IllegalStateException("no capture on " + link + " was started"
                    + (byLink.isEmpty() ? "" : " (there are captures on " + byLink.keySet() + ")")
                    + "; add a step like 'Given a capture on " + link + "' before the traffic");
        }
        capture.stop(lab);
        return capture;
    }
}
