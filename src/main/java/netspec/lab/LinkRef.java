package netspec.lab;

import netspec.evidence.Place;

import netspec.evidence.args.InterfaceName;

/** An interface and the namespace it lives in, as in "eth0 in ns1". */
public record LinkRef(InterfaceName name, Place place) {

    @Override
    public String toString() {
        return place.isHost() ? name.value() : name.value() + " in " + place;
    }
}
