package netspec.linux;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One address an Open vSwitch bridge has learned, from {@code ovs-appctl fdb/show BRIDGE} (a text table of
 * OpenFlow port numbers) with the port's name from {@code ovs-vsctl --format=json --columns=name,ofport list
 * Interface}.
 *
 * <pre>
 *  port  VLAN  MAC                Age
 *     2     0  36:7a:29:83:e4:a2    1
 * </pre>
 *
 * @param port the port's interface name; its OpenFlow number in brackets ({@code [7]}) when no interface has it
 */
public record OvsFdbEntry(String port, int vlan, String mac, String age) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Rows of {@code fdb/show}, their ports named after {@code list Interface}; the header line is skipped. */
    public static List<OvsFdbEntry> parse(String fdbShow, String interfacesJson) {
        Map<String, String> names = portNames(interfacesJson);
        List<OvsFdbEntry> entries = new ArrayList<>();
        for (String line : fdbShow.strip().split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length != 4 || !fields[0].matches("\\d+|LOCAL")) {
                continue; // the header, or an empty table's nothing
            }
            entries.add(new OvsFdbEntry(names.getOrDefault(fields[0], "[" + fields[0] + "]"),
                    Integer.parseInt(fields[1]), fields[2], fields[3]));
        }
        return entries;
    }

    /** OpenFlow port number to interface name; a bridge's own internal port is LOCAL (65534) in fdb/show. */
    private static Map<String, String> portNames(String interfacesJson) {
        Map<String, String> names = new HashMap<>();
        try {
            for (JsonNode row : JSON.readTree(interfacesJson).path("data")) {
                String number = row.path(1).asText();
                names.put(number.equals("65534") ? "LOCAL" : number, row.path(0).asText());
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not the JSON of ovs-vsctl --format=json list Interface: "
                    + interfacesJson, e);
        }
        return names;
    }
}
