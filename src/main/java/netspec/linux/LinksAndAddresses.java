package netspec.linux;

import java.util.List;

/** The output of {@code ip -j -d -s address show} read both ways: as the links it lists and as their addresses. */
public record LinksAndAddresses(List<Link> links, List<AddressInfo> addresses) {

    public LinksAndAddresses {
        links = List.copyOf(links);
        addresses = List.copyOf(addresses);
    }

    public static LinksAndAddresses parse(String json) {
        return new LinksAndAddresses(KernelJson.links(json), KernelJson.addresses(json));
    }
}
