package netspec;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.OBJECT_FACTORY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the mutants {@code netspec.mutation.MutationRun make} wrote under {@code target/mutants}, as
 * {@link RunFeaturesIT} runs the features (same glue, hooks and plugins, and the glue that runs a scenario's
 * mutants after their steps), with their outcomes in a file of their own; {@code mvn verify -Pmutation} starts it.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("target/mutants")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "netspec.steps, netspec.mutation")
// the mutants of one scenario run on its glue objects (netspec.mutation.ChangedSteps); its SPI entry: pom.xml
@ConfigurationParameter(key = OBJECT_FACTORY_PROPERTY_NAME, value = "netspec.mutation.ScenarioObjects")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm, netspec.run.ConsoleProgress,"
                + " netspec.mutation.MutantOutcomes")
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME, value = "fixed")
public class RunMutantsIT {
}
