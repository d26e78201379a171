package netspec.run;

import java.util.List;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;

/**
 * Selects scenarios by {@code netspec.tags} (a Cucumber tag expression) while the JUnit Platform discovers them,
 * so a scenario left out is not reported at all. Cucumber's own {@code cucumber.filter.tags} reports every left-out
 * scenario as skipped, and CI dashboards reading failsafe's JUnit XML then count scenarios that were never meant
 * to run. Registered through {@code META-INF/services}; without the property it selects everything.
 */
public final class TagSelection implements PostDiscoveryFilter {

    public static final String PROPERTY = netspec.host.Setting.TAGS.property();

    private final String source = selection();
    private final Expression expression = source.isEmpty() ? null : parse(source);

    /** The tag expression this run selects by; empty to select every scenario. */
    public static String selection() {
        return netspec.host.Setting.TAGS.value();
    }

    private static Expression parse(String source) {
        try {
            return TagExpressionParser.parse(source);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=\"" + source + "\" is not a Cucumber tag expression ("
                    + e.getMessage() + "); e.g. \"@bridge and not @slow\"", e);
        }
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (expression == null || !descriptor.isTest() || !isCucumber(descriptor)) {
            return FilterResult.included("not a scenario, or no selection");
        }
        List<String> tags = descriptor.getTags().stream().map(tag -> "@" + tag.getName()).toList();
        return expression.evaluate(tags) ? FilterResult.included(source)
                : FilterResult.excluded("not selected by " + PROPERTY + "=" + source);
    }

    private static boolean isCucumber(TestDescriptor descriptor) {
        return descriptor.getUniqueId().getSegments().stream().anyMatch(s -> s.getValue().equals("cucumber")
                && s.getType().equals("engine"));
    }
}
