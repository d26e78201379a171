package netspec.cni;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * What a plugin says ADD did (CNI specification 1.0.0, "Success"): the interfaces it created, the
 * addresses it gave them and the routes it added. Lists the plugin leaves out are empty.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CniResult(String cniVersion, List<Interface> interfaces, List<IpConfig> ips, List<RouteConfig> routes,
                        Dns dns) {

    public CniResult {
        interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
        ips = ips == null ? List.of() : List.copyOf(ips);
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /** The interface an address belongs to: its "interface" field is an index into {@link #interfaces}. */
    public Optional<Interface> interfaceOf(IpConfig ip) {
        Integer index = ip.interfaceIndex();
        return index == null || index < 0 || index >= interfaces.size() ? Optional.empty()
                : Optional.of(interfaces.get(index));
    }

    /** Interfaces outside any sandbox: on the host, such as the bridge and the host end of a veth. */
    public List<Interface> hostInterfaces() {
        return interfaces.stream().filter(i -> !i.inSandbox()).toList();
    }

    public List<Interface> sandboxInterfaces() {
        return interfaces.stream().filter(Interface::inSandbox).toList();
    }

    /** The first gateway any address names: the one a route without "gw" goes through. */
    public Optional<String> defaultGateway() {
        return ips.stream().map(IpConfig::gateway).filter(g -> g != null && !g.isEmpty()).findFirst();
    }

    /** "sandbox" is the path of the network namespace; interfaces on the host have none. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interface(String name, String mac, String sandbox, Integer mtu) {
        public boolean inSandbox() {
            return sandbox != null && !sandbox.isEmpty();
        }
    }

    /** "version" ("4" or "6") appears up to CNI 0.4.0; 1.0.0 dropped it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IpConfig(String address, String gateway, @JsonProperty("interface") Integer interfaceIndex,
                           String version) {
        /** The address without its prefix length. */
        public String ip() {
            int slash = address.indexOf('/');
            return slash < 0 ? address : address.substring(0, slash);
        }
    }

    /** A route the plugin added in the sandbox; without "gw" it goes through the default gateway. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RouteConfig(String dst, String gw) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dns(List<String> nameservers, String domain, List<String> search, List<String> options) {
    }
}
