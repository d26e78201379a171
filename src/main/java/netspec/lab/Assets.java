package netspec.lab;

import netspec.evidence.Place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Small programs kept under src/main/resources/assets and sent into the sandbox through its shell, so that
 * they reach a remote target the same way as a local one, with nothing to install there beforehand.
 */
public final class Assets {

    /** Inside the sandbox's own /tmp, which every namespace of the scenario sees. */
    private static final String DIR = "/tmp/netspec-assets";

    private Assets() {
    }

    /** Writes the asset into the sandbox and returns its path there. */
    public static String install(Lab lab, String name) {
        String path = DIR + "/" + name;
        lab.run("sending " + name + " to the target", Place.HOST,
                "sh", "-c", "mkdir -p \"${0%/*}\" && printf '%s' \"$1\" > \"$0\"", path, content(name));
        return path;
    }

    private static String content(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/assets/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no asset " + name + " under src/main/resources/assets");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
