package netspec.catalog;

import java.util.Locale;

import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;

/** Tells whether a step's text matches a pattern of the glue, the way Cucumber matches it (without converting). */
public final class StepMatcher {

    private final ExpressionFactory expressions;

    public StepMatcher(Glue glue) {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        glue.parameterTypes().forEach((name, regexp) ->
                registry.defineParameterType(new ParameterType<>(name, regexp, String.class, (String s) -> s)));
        this.expressions = new ExpressionFactory(registry);
    }

    public boolean matches(Glue.StepPattern step, String text) {
        Expression expression = expressions.createExpression(step.pattern());
        return expression.match(text) != null;
    }
}
