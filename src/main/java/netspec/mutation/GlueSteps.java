package netspec.mutation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cucumber.core.resource.ClasspathScanner;
import io.cucumber.cucumberexpressions.Argument;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.Group;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;

/**
 * The step definitions of a glue package read as Cucumber reads them: each annotation's Cucumber expression,
 * compiled against the glue's own parameter types (their names and patterns from {@code @ParameterType}), so
 * that a step's text matches here exactly when it matches in a run.
 */
public final class GlueSteps {

    private static final String STEP_ANNOTATIONS = "io.cucumber.java.en";

    private final List<Expression> expressions;

    private GlueSteps(List<Expression> expressions) {
        this.expressions = List.copyOf(expressions);
    }

    /** The glue of every class in the package (netspec's is {@code netspec.steps}). */
    public static GlueSteps of(String gluePackage) {
        List<Class<?>> classes = new ClasspathScanner(GlueSteps.class::getClassLoader)
                .scanForClassesInPackage(gluePackage);
        if (classes.isEmpty()) {
            throw new IllegalStateException("no class found in the glue package " + gluePackage);
        }
        return of(classes);
    }

    public static GlueSteps of(List<Class<?>> glue) {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        List<String> sources = new ArrayList<>();
        for (Class<?> type : glue) {
            for (Method method : type.getDeclaredMethods()) {
                io.cucumber.java.ParameterType parameter = method.getAnnotation(io.cucumber.java.ParameterType.class);
                if (parameter != null) {
                    String name = parameter.name().isEmpty() ? method.getName() : parameter.name();
                    registry.defineParameterType(new ParameterType<>(name, parameter.value(), String.class,
                            (String text) -> text));
                }
                for (Annotation annotation : method.getAnnotations()) {
                    if (annotation.annotationType().getPackageName().equals(STEP_ANNOTATIONS)) {
                        sources.addAll(valuesOf(annotation));
                    }
                }
            }
        }
        ExpressionFactory factory = new ExpressionFactory(registry);
        return new GlueSteps(sources.stream().distinct().map(factory::createExpression).toList());
    }

    /** Every definition that matches the text: exactly one for a step that runs. */
    public List<StepMatch> matches(String text) {
        List<StepMatch> found = new ArrayList<>();
        for (Expression expression : expressions) {
            List<Argument<?>> arguments = expression.match(text);
            if (arguments != null) {
                found.add(new StepMatch(expression.getSource(), arguments.stream().map(GlueSteps::arg).toList()));
            }
        }
        return found;
    }

    public int size() {
        return expressions.size();
    }

    private static StepMatch.Arg arg(Argument<?> argument) {
        Group group = argument.getGroup();
        return new StepMatch.Arg(argument.getParameterType().getName(), group.getStart(), group.getEnd(),
                group.getValue());
    }

    /** A step annotation's expression, or each one of a repeated annotation's container. */
    private static List<String> valuesOf(Annotation annotation) {
        try {
            Object value = annotation.annotationType().getMethod("value").invoke(annotation);
            if (value instanceof Annotation[] repeated) {
                List<String> all = new ArrayList<>();
                for (Annotation one : repeated) {
                    all.addAll(valuesOf(one));
                }
                return all;
            }
            return List.of((String) value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a step annotation without a value: " + annotation, e);
        }
    }
}
