package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The topology picture reads links and addresses in one dump; it must show the links as {@code ip link show} does. */
class LinksAndAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"host", "ns1", "ns2"})
    void theAddressDumpShowsEveryLinkAsTheLinkDumpDoes(String place) throws Exception {
        String addressDump = Captured.read("topology/" + place + "-ip-d-s-addr.json");
        String linkDump = Captured.read("topology/" + place + "-ip-d-s-link.json");

        assertThat(LinksAndAddresses.parse(addressDump).links()).extracting(Link::ifname)
                .isNotEmpty().isEqualTo(KernelJson.links(linkDump).stream().map(Link::ifname).toList());
        // field by field, but for what moves between two commands (counters, bridge timers) and what only one has
        assertThat(comparable(addressDump)).isEqualTo(comparable(linkDump));
    }

    @ParameterizedTest
    @ValueSource(strings = {"host", "ns1", "ns2"})
    void itsAddressesAreThoseOfTheAddressShow(String place) {
        LinksAndAddresses dump = LinksAndAddresses.parse(Captured.read("topology/" + place + "-ip-d-s-addr.json"));

        assertThat(dump.addresses()).extracting(AddressInfo::ifname)
                .isEqualTo(dump.links().stream().map(Link::ifname).toList());
        assertThat(dump.addresses()).flatExtracting(AddressInfo::addrInfo).isNotEmpty();
    }

    private static JsonNode comparable(String json) throws Exception {
        JsonNode links = new ObjectMapper().readTree(json);
        links.forEach(link -> strip(link, Set.of("stats64", "addr_info", "linkmode", "inet6_addr_gen_mode")));
        return links;
    }

    private static void strip(JsonNode node, Set<String> names) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> names.contains(field.getKey()) || field.getKey().endsWith("_timer"));
            object.forEach(child -> strip(child, names));
        }
    }
}
