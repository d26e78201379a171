package netspec.topology;

import java.io.PrintWriter;
import java.io.StringWriter;

import netspec.lab.Lab;
import netspec.evidence.Evidence;

/** The picture of a scenario's topology in its report, drawn from the kernel's state when the scenario ends. */
public final class TopologyPicture {

    static final String NAME = "topology at the end of the scenario";

    private TopologyPicture() {
    }

    /** Never throws: a problem with the picture is reported next to it and leaves the scenario's result alone. */
    public static void attach(Lab lab) {
        try {
            Evidence.svg(NAME, TopologySvg.render(TopologySnapshot.read(lab)));
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Evidence.text(NAME + ": not drawn", trace.toString());
        }
    }
}
