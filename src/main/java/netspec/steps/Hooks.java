package netspec.steps;

import netspec.evidence.ScenarioSkipped;
import netspec.capability.TargetCapabilities;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import netspec.evidence.Evidence;
import netspec.run.DidYouMean;
import netspec.run.UndefinedStep;
import netspec.lab.Lab;
import netspec.lab.StateDump;
import netspec.host.Targets;
import netspec.topology.TopologyPicture;

/** Gives each scenario a fresh sandbox, or skips it when the target lacks what its tags require. */
public class Hooks {

    private final Lab lab;

    public Hooks(Lab lab) {
        this.lab = lab;
    }

    /** Before anything else: evidence goes to this scenario through Cucumber (any runner keeps it). */
    @Before(order = Integer.MIN_VALUE)
    public void collectEvidence(Scenario scenario) {
        Evidence.collectFor(scenario);
    }

    /** A scenario with an undefined step fails here, saying what to write instead, before any sandbox is made. */
    @Before(order = Integer.MIN_VALUE + 1)
    public void refuseUndefinedSteps(Scenario scenario) {
        DidYouMean.undefinedIn(scenario.getUri(), scenario.getLine()).ifPresent(message -> {
            throw new UndefinedStep(message);
        });
    }

    /** After hooks run from the highest order down: this one runs last, once the topology is attached. */
    @After(order = Integer.MIN_VALUE)
    public void stopCollectingEvidence() {
        Evidence.scenarioEnded();
    }

    @Before(order = 0)
    public void openSandbox(Scenario scenario) {
        TargetCapabilities.whyNotRunnable(scenario.getSourceTagNames()).ifPresent(cause -> {
            throw new ScenarioSkipped(cause);
        });
        lab.open(Targets.current().openSandbox());
    }

    @After(order = 0)
    public void closeSandbox(Scenario scenario) {
        // a mutant is meant to fail: its failing fact is the evidence, not a picture or the whole kernel state
        boolean mutant = Boolean.getBoolean("netspec.mutation");
        try {
            if (lab.isAlive() && !mutant) {
                TopologyPicture.attach(lab);
            }
            if (scenario.isFailed() && lab.isOpen() && !mutant) {
                StateDump.attach(lab);
            }
        } finally {
            lab.close();
        }
    }
}
