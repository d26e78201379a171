package netspec.kernel.k8s;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import netspec.cni.CniAnswer;
import netspec.cni.CniResult;
import netspec.evidence.FactViolation;
import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.Cidr;
import netspec.evidence.args.NamespaceName;
import netspec.kernel.Addresses;
import netspec.lab.Lab;
import netspec.lab.LinkRef;
import netspec.lab.Readings;
import netspec.linux.Address;
import netspec.linux.AddressInfo;
import netspec.linux.Route;

/**
 * A dual-stack ADD held against the kernel: the IPv4 and the IPv6 address the result gives, the pod's default
 * IPv6 route, and the IPv6 address's duplicate address detection (DAD), read with {@code ip -j -6} inside the
 * pod's namespace.
 *
 * <pre>{@code
 * cni.useDualStack(DualStackPlugins.named("bridge"), version, 10.22.0.0/24, fd00:22::/64);
 * cni.add(pod1);
 * dualStack.expectHoldsBothFamilies(eth0InPod1, pod1);  // ip -j address show (in pod1)
 * dualStack.expectIpv6Settled(eth0InPod1, pod1);        // ip -j -6 address show dev eth0 (in pod1)
 * }</pre>
 */
public final class CniDualStack {

    /** DAD sends one probe a second after a random delay of up to a second; three seconds cover it. */
    private static final Duration DAD = Duration.ofSeconds(5);

    private final Lab lab;
    private final Cni cni;
    private final Addresses addresses;

    public CniDualStack(Lab lab, Cni cni, Addresses addresses) {
        this.lab = lab;
        this.cni = cni;
        this.addresses = addresses;
    }

    /** The result gives the link an address of each family, and the kernel shows both on it. */
    public void expectHoldsBothFamilies(LinkRef link, NamespaceName pod) {
        Reading<CniAnswer> answer = cni.addAnswer(pod);
        String ipv4 = addressOf(pod, false);
        String ipv6 = addressOf(pod, true);
        Reading<List<AddressInfo>> held = lab.kernel(link.place()).addresses();
        Facts.expect(link + " holds " + ipv4 + " and " + ipv6 + ", the IPv4 and the IPv6 address the result for "
                        + pod + " gave", Readings.together(answer, held, held.value()),
                list -> cidrsOf(list, link).containsAll(List.of(ipv4, ipv6)),
                list -> link + " holds " + cidrsOf(list, link));
    }

    /** Right after ADD the address is usable: DAD has run (not tentative) and found no other holder (not dadfailed). */
    public void expectIpv6Settled(LinkRef link, NamespaceName pod) {
        String ipv6 = addressOf(pod, true);
        Reading<List<AddressInfo>> held = lab.kernel(link.place()).addresses6(link.name());
        String expected = link + " holds " + ipv6 + " (the IPv6 address of " + pod + "), neither tentative nor dadfailed";
        Address address = find(held.value(), ipv6).orElseThrow(() -> Facts.missing(expected, "address " + ipv6, held));
        Facts.expect(expected, held, list -> !address.tentative() && !address.dadfailed(),
                list -> ipv6 + " is " + dadState(address));
    }

    /** The pod routes everything IPv6 through the IPv6 gateway its result names. */
    public void expectIpv6DefaultRoute(NamespaceName pod) {
        String gateway = cni.resultOf(pod).ips().stream().filter(ip -> ip.address().contains(":"))
                .map(CniResult.IpConfig::gateway).filter(g -> g != null && !g.isEmpty()).findFirst()
                .orElseThrow(() -> new FactViolation("the result for " + pod + " names an IPv6 gateway",
                        "none of its IPv6 addresses has one", "the answer to ADD for " + pod));
        Reading<List<Route>> routes = lab.kernel(Place.of(pod)).routes6();
        Facts.expect(pod + " has a default IPv6 route via " + gateway + ", the IPv6 gateway of its result", routes,
                list -> list.stream().anyMatch(r -> "default".equals(r.dst()) && gateway.equals(r.gateway())),
                list -> "IPv6 routes: " + list.stream().map(r -> r.dst() + (r.gateway() == null ? "" : " via "
                        + r.gateway())).toList());
    }

    /** Someone (not the plugin) gives a second device the pod's IPv6 address: a duplicate DAD should catch. */
    public void addIpv6AddressOf(NamespaceName pod, LinkRef link) {
        addresses.add(link, Cidr.parse(addressOf(pod, true)));
    }

    /** DAD on the link found the pod answering for the address: the kernel marks the copy dadfailed. */
    public void expectDadFailed(LinkRef link, NamespaceName pod) {
        String ipv6 = addressOf(pod, true);
        Facts.eventually(link + " holds " + ipv6 + " (the IPv6 address of " + pod + ") marked dadfailed",
                () -> lab.kernel(link.place()).addresses6(link.name()),
                list -> find(list, ipv6).filter(Address::dadfailed).isPresent(),
                list -> find(list, ipv6).map(a -> ipv6 + " is " + dadState(a)).orElse(link + " does not hold " + ipv6),
                DAD);
    }

    private String addressOf(NamespaceName pod, boolean ipv6) {
        return cni.resultOf(pod).ips().stream().map(CniResult.IpConfig::address)
                .filter(a -> a.contains(":") == ipv6).findFirst()
                .orElseThrow(() -> new FactViolation("the result for " + pod + " gives an "
                        + (ipv6 ? "IPv6" : "IPv4") + " address", "it gives " + cni.resultOf(pod).ips(),
                        "the answer to ADD for " + pod));
    }

    private static List<String> cidrsOf(List<AddressInfo> list, LinkRef link) {
        return list.stream().filter(a -> link.name().value().equals(a.ifname())).flatMap(a -> a.cidrs().stream())
                .toList();
    }

    private static Optional<Address> find(List<AddressInfo> list, String cidr) {
        return list.stream().flatMap(a -> a.addrInfo().stream()).filter(a -> cidr.equals(a.cidr())).findFirst();
    }

    private static String dadState(Address address) {
        return address.dadfailed() ? "dadfailed" : address.tentative() ? "tentative" : "settled (neither tentative nor dadfailed)";
    }
}
