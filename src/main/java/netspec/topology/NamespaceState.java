package netspec.topology;

import java.util.List;
import java.util.Optional;

import netspec.evidence.Place;

/** One namespace of the sandbox and its devices in ifindex order, or why it could not be read. */
public record NamespaceState(Place place, List<Device> devices, Optional<String> unreadable) {

    public NamespaceState {
        devices = List.copyOf(devices);
    }

    public Optional<Device> device(String name) {
        return devices.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
