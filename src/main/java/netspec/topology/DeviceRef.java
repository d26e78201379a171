package netspec.topology;

import netspec.evidence.Place;

/**
 * A device as the kernel names it, in the place it lives. Unlike {@code LinkRef} the name is not checked
 * against the step-argument rules: the kernel accepts names a step would refuse ({@code v<&>"x}).
 */
public record DeviceRef(Place place, String name) {

    @Override
    public String toString() {
        return place.isHost() ? name + " in the host" : name + " in " + place;
    }
}
