package netspec.linux;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code addr_info}. {@code peer} is the remote end of a point-to-point address
 * ({@code ip addr add A peer B}), which iproute2 prints as "address"; {@code broadcast} appears
 * only when one was set (e.g. {@code brd +}). {@code tentative} marks an IPv6 address whose duplicate
 * address detection (DAD) is still running, {@code dadfailed} one that DAD found on another host.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Address(
        String family,
        String local,
        @JsonProperty("address") String peer,
        int prefixlen,
        String broadcast,
        String scope,
        String label,
        boolean dynamic,
        boolean nodad,
        boolean tentative,
        boolean dadfailed) {

    /** "10.0.0.1/24" or "fd00::1/64". */
    public String cidr() {
        return local + "/" + prefixlen;
    }

    public boolean isIpv4() {
        return "inet".equals(family);
    }

    public boolean isIpv6() {
        return "inet6".equals(family);
    }
}
