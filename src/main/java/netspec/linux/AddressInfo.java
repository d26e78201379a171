package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One link of {@code ip -j addr show} with its addresses ({@code addr_info}). Links without an
 * address are listed with an empty {@code addrInfo}, except under {@code -4}/{@code -6} where
 * iproute2 leaves them out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddressInfo(
        int ifindex,
        String ifname,
        List<String> flags,
        String operstate,
        String master,
        @JsonProperty("addr_info") List<Address> addrInfo) {

    public AddressInfo {
        flags = flags == null ? List.of() : List.copyOf(flags);
        addrInfo = addrInfo == null ? List.of() : List.copyOf(addrInfo);
    }

    /** All addresses as "10.0.0.1/24", in kernel order. */
    public List<String> cidrs() {
        return addrInfo.stream().map(Address::cidr).toList();
    }

    /** The addresses of one family: "inet" or "inet6". */
    public List<Address> addresses(String family) {
        return addrInfo.stream().filter(a -> family.equals(a.family())).toList();
    }
}
