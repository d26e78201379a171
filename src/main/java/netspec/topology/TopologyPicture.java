package netspec.topology;

import java.io.PrintWriter;
import java.io.StringWriter;

import netspec.lab.Lab;
import netspec.evidence.ScenarioAttachment;

/**
 * The picture of a scenario's topology on the scenario's own page, drawn from the kernel's state when the scenario
 * ends: after a failure nothing more runs, so that is the state at the moment of failure.
 */
public final class TopologyPicture {

    static final String NAME = "topology at the end of the scenario";
    static final String AT_FAILURE = "topology at the moment of failure";

    private TopologyPicture() {
    }

    /** Never throws: a problem with the picture is reported next to it and leaves the scenario's result alone. */
    public static void attach(Lab lab) {
        String name = ScenarioAttachment.scenarioFailedSoFar() ? AT_FAILURE : NAME;
        try {
            ScenarioAttachment.svg(name, TopologySvg.render(TopologySnapshot.read(lab)));
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            ScenarioAttachment.text(name + ": not drawn", trace.toString());
        }
    }
}
