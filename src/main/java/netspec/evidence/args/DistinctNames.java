package netspec.evidence.args;

import java.util.LinkedHashSet;
import java.util.Set;

/** Names a step lists together ("exactly one port of br0 and br1"): each must be named once. */
public final class DistinctNames {

    private DistinctNames() {
    }

    public static Set<String> of(String what, InterfaceName... names) {
        Set<String> distinct = new LinkedHashSet<>();
        for (InterfaceName name : names) {
            if (!distinct.add(name.value())) {
                throw new InvalidStepArgument(what, name.value(), "it is named twice; name " + names.length
                        + " different interfaces");
            }
        }
        return distinct;
    }
}
