package netspec.cni;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import netspec.evidence.Facts;
import netspec.evidence.Reading;
import netspec.linux.AddressInfo;
import netspec.linux.Link;
import netspec.linux.Route;

/**
 * A plugin's ADD result held against what the kernel shows: one claim per interface, address and route the
 * result lists, each judged on the host's and the pod's devices, addresses and routes. A result that lists
 * nothing makes no claim, which a fact over the claims must refuse to take as a match.
 *
 * @param sandbox the network namespace the runtime passed as CNI_NETNS: where a sandbox interface must be
 */
public record ResultAgainstKernel(CniResult result, String sandbox, Side host, Side pod) {

    /** One side's devices, addresses and routes (the host's routes are not needed and may be empty). */
    public record Side(String name, List<Link> links, List<AddressInfo> addresses, List<Route> routes) {
    }

    /** One item of the result and whether the kernel shows it. */
    public record Claim(String what, boolean holds, String seen) {
        @Override
        public String toString() {
            return what + (holds ? "" : ": " + seen);
        }
    }

    /** Every claim holds; a result that makes none is nothing to judge. */
    public static void expectMatch(String expected, Reading<List<Claim>> claims) {
        Facts.expectEvery(expected, claims, Claim::holds, Claim::toString);
    }

    /** Some claim fails; its positive control is that the result made claims at all. */
    public static void expectMismatch(String expected, Reading<List<Claim>> claims) {
        Facts.expectAbsent(expected, claims, new Facts.Control<>("the result lists at least one item",
                        list -> !list.isEmpty(), list -> "it lists no interface, address or route"),
                list -> list.stream().anyMatch(c -> !c.holds()),
                list -> "every item is in the kernel: " + list.stream().map(Claim::what).collect(Collectors.joining("; ")));
    }

    public List<Claim> claims() {
        List<Claim> claims = new ArrayList<>();
        result.interfaces().forEach(i -> claims.add(interfaceClaim(i)));
        result.ips().forEach(ip -> claims.add(addressClaim(ip)));
        result.routes().forEach(r -> claims.add(routeClaim(r)));
        return claims;
    }

    private Claim interfaceClaim(CniResult.Interface listed) {
        String what = "interface " + listed.name() + (listed.mac() == null ? "" : " with MAC " + listed.mac());
        if (listed.inSandbox() && !listed.sandbox().equals(sandbox)) {
            return new Claim(what + " in " + sandbox, false, "its sandbox is " + listed.sandbox());
        }
        Side side = sideOf(listed);
        Optional<Link> link = side.links().stream().filter(l -> l.ifname().equals(listed.name())).findFirst();
        return new Claim(what + " in " + side.name(),
                link.filter(l -> listed.mac() == null || listed.mac().equalsIgnoreCase(l.address())).isPresent(),
                link.map(l -> listed.name() + " has the MAC address " + l.address())
                        .orElse(listed.name() + " does not exist in " + side.name()));
    }

    /** "interface" is optional: without it the address is anywhere in the sandbox. */
    private Claim addressClaim(CniResult.IpConfig ip) {
        Optional<CniResult.Interface> owner = result.interfaceOf(ip);
        Side side = owner.map(this::sideOf).orElse(pod);
        String where = owner.map(CniResult.Interface::name).orElse("an interface");
        return new Claim("address " + ip.address() + " on " + where + " in " + side.name(),
                side.addresses().stream().anyMatch(a -> owner.map(i -> i.name().equals(a.ifname())).orElse(true)
                        && a.cidrs().contains(ip.address())),
                "addresses in " + side.name() + ": " + side.addresses().stream()
                        .map(a -> a.ifname() + " " + a.cidrs()).collect(Collectors.joining("; ")));
    }

    /**
     * iproute2 shows 0.0.0.0/0 and ::/0 as "default", a host route without its /32 or /128; no "gw" means the
     * default gateway (of the route's family).
     */
    private Claim routeClaim(CniResult.RouteConfig route) {
        boolean ipv6 = route.dst().contains(":");
        String gateway = route.gw() != null ? route.gw() : result.ips().stream()
                .filter(ip -> ip.address().contains(":") == ipv6).map(CniResult.IpConfig::gateway)
                .filter(g -> g != null && !g.isEmpty()).findFirst().orElse(null);
        String dst = route.dst().equals("0.0.0.0/0") || route.dst().equals("::/0") ? "default"
                : route.dst().replaceFirst(ipv6 ? "/128$" : "/32$", "");
        return new Claim("route " + route.dst() + (gateway == null ? "" : " via " + gateway) + " in " + pod.name(),
                pod.routes().stream().anyMatch(r -> dst.equals(r.dst())
                        && (gateway == null || gateway.equals(r.gateway()))),
                "routes: " + pod.routes().stream().map(r -> r.dst() + (r.gateway() == null ? "" : " via " + r.gateway()))
                        .collect(Collectors.joining("; ")));
    }

    private Side sideOf(CniResult.Interface listed) {
        return listed.inSandbox() ? pod : host;
    }
}
