package netspec.evidence;

import java.io.ByteArrayInputStream;

import io.qameta.allure.Allure;
import netspec.evidence.Place;
import netspec.shell.CommandResult;

/** Puts what a step did into the report, attached to the step that is running. */
public final class Evidence {

    private static final int NAME_LIMIT = 160;

    private Evidence() {
    }

    /** One attachment per command, named after the command, holding what a terminal would have shown. */
    public static void command(Place place, CommandResult result) {
        String name = "$ " + result.command();
        if (name.length() > NAME_LIMIT) {
            name = name.substring(0, NAME_LIMIT - 1) + "…";
        }
        if (!result.succeeded()) {
            name += "   [exit " + result.exitStatus() + "]";
        }
        text(name, "# in " + place + "\n" + result.transcript());
    }

    public static void text(String name, String content) {
        Allure.addAttachment(name, "text/plain", content, ".txt");
    }

    public static void svg(String name, String svg) {
        Allure.addAttachment(name, "image/svg+xml", svg, ".svg");
    }

    /** A file as it is, e.g. a pcap with type application/vnd.tcpdump.pcap and extension ".pcap". */
    public static void binary(String name, String type, byte[] content, String extension) {
        Allure.addAttachment(name, type, new ByteArrayInputStream(content), extension);
    }
}
