package netspec.kernel;

import netspec.evidence.Facts;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.InvalidStepArgument;
import netspec.lab.Lab;
import netspec.lab.StepFailure;
import netspec.shell.CommandResult;

/** Kernel parameters of a network namespace (net.*), read back with {@code sysctl -n} inside it. */
public final class Sysctls {

    private final Lab lab;

    public Sysctls(Lab lab) {
        this.lab = lab;
    }

    public Reading<String> read(Place place, String key) {
        if (!key.matches("net(\\.[A-Za-z0-9_-]+)+")) {
            throw new InvalidStepArgument("sysctl key", key, "name a network parameter, e.g. net.ipv4.ip_forward");
        }
        CommandResult result = lab.read(place, "sysctl", "-n", key);
        if (!result.succeeded()) {
            throw new StepFailure("reading " + key, place, result);
        }
        return new Reading<>(place, result, result.stdout().strip());
    }

    public void expect(Place place, String key, String value) {
        Facts.expect(key + " is " + value + " in " + place, read(place, key), value::equals, v -> key + " is " + v);
    }
}
