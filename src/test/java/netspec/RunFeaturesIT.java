package netspec;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every {@code features/**.feature} with Cucumber: {@code mvn verify -Pfeatures} starts it, and so does an
 * IDE's JUnit runner as it is. Its settings (glue, plugins, parallelism) are in
 * {@code src/test/resources/junit-platform.properties}, so every launcher gets the same ones.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class RunFeaturesIT {
}
