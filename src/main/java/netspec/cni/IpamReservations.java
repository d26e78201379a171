package netspec.cni;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The address reservations in a network's state directory, as host-local keeps them (and netspec-bash-cni
 * too): one file per address, named after it, whose first line is the container ID. Read with
 * {@code grep -r -m1 -H '' DIR}, which prints "DIR/10.22.0.2:pod1" per file.
 *
 * @param directoryFound whether the directory exists: without it, "no reservation" proves nothing
 */
public record IpamReservations(boolean directoryFound, Map<String, String> byAddress) {

    public IpamReservations {
        byAddress = Map.copyOf(byAddress);
    }

    public static IpamReservations parse(boolean directoryFound, String grepOutput) {
        Map<String, String> reserved = new LinkedHashMap<>();
        for (String line : grepOutput.lines().toList()) {
            // a container ID has no ':', an IPv6 file name has
            int colon = line.lastIndexOf(':');
            String file = line.substring(0, colon);
            reserved.put(file.substring(file.lastIndexOf('/') + 1), line.substring(colon + 1));
        }
        return new IpamReservations(directoryFound, reserved);
    }
}
