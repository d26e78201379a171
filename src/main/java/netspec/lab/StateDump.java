package netspec.lab;

import netspec.evidence.Place;

import netspec.evidence.ScenarioAttachment;

/** After a failure: the whole state of every namespace of the sandbox, on the scenario's page of the report. */
public final class StateDump {

    private static final String[][] COMMANDS = {
            {"ip", "-d", "address", "show"},
            {"ip", "route", "show"},
            {"ip", "neigh", "show"},
            {"bridge", "fdb", "show"},
    };

    private StateDump() {
    }

    public static void attach(Lab lab) {
        StringBuilder dump = new StringBuilder();
        try {
            for (Place place : lab.places()) {
                dump.append("# ---- ").append(place).append(" ----\n");
                for (String[] argv : COMMANDS) {
                    dump.append(lab.read(place, argv).transcript());
                }
            }
        } catch (RuntimeException e) {
            dump.append("(state could not be read further: ").append(e.getMessage()).append(")\n");
        }
        ScenarioAttachment.text("kernel state at failure", dump.toString());
    }
}
