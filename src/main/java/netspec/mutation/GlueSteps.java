package netspec.mutation;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.cucumber.core.resource.ClasspathScanner;
import io.cucumber.cucumberexpressions.Argument;
import io.cucumber.cucumberexpressions.CucumberExpressionException;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.Group;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.cucumberexpressions.Transformer;

/**
 * The step definitions of a glue package read as Cucumber reads them: each annotation's Cucumber expression,
 * compiled against the glue's own parameter types (their names and patterns from {@code @ParameterType}), so
 * that a step's text matches here exactly when it matches in a run.
 */
public final class GlueSteps {

    private static final String STEP_ANNOTATIONS = "io.cucumber.java.en";

    /** One step definition: its expression and the method that runs it. */
    record Definition(Expression expression, Method method) {
    }

    private final List<Definition> definitions;

    private GlueSteps(List<Definition> definitions) {
        this.definitions = List.copyOf(definitions);
    }

    /** The glue of every class in the package (netspec's is {@code netspec.steps}). */
    public static GlueSteps of(String gluePackage) {
        return of(classesOf(gluePackage));
    }

    public static GlueSteps of(List<Class<?>> glue) {
        return of(glue, method -> (String text) -> text);
    }

    /**
     * The glue whose arguments convert as in a run: each parameter type's method called on the running
     * scenario's glue object ({@link ScenarioObjects}), so that {@link #call} runs a step as Cucumber would.
     */
    static GlueSteps callable(String gluePackage) {
        return of(classesOf(gluePackage), method -> (String text) -> {
            Object glue = Modifier.isStatic(method.getModifiers()) ? null
                    : ScenarioObjects.current().getInstance(method.getDeclaringClass());
            return method.invoke(glue, text);
        });
    }

    private static GlueSteps of(List<Class<?>> glue, Function<Method, Transformer<Object>> conversion) {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        List<Method> stepMethods = new ArrayList<>();
        for (Class<?> type : glue) {
            for (Method method : type.getDeclaredMethods()) {
                io.cucumber.java.ParameterType parameter = method.getAnnotation(io.cucumber.java.ParameterType.class);
                if (parameter != null) {
                    String name = parameter.name().isEmpty() ? method.getName() : parameter.name();
                    registry.defineParameterType(new ParameterType<>(name, parameter.value(), Object.class,
                            conversion.apply(method)));
                }
                stepMethods.add(method);
            }
        }
        ExpressionFactory factory = new ExpressionFactory(registry);
        List<Definition> definitions = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Method method : stepMethods) {
            for (Annotation annotation : method.getAnnotations()) {
                if (annotation.annotationType().getPackageName().equals(STEP_ANNOTATIONS)) {
                    for (String source : valuesOf(annotation)) {
                        if (!seen.contains(source)) {
                            seen.add(source);
                            definitions.add(new Definition(factory.createExpression(source), method));
                        }
                    }
                }
            }
        }
        return new GlueSteps(definitions);
    }

    private static List<Class<?>> classesOf(String gluePackage) {
        List<Class<?>> classes = new ClasspathScanner(GlueSteps.class::getClassLoader)
                .scanForClassesInPackage(gluePackage);
        if (classes.isEmpty()) {
            throw new IllegalStateException("no class found in the glue package " + gluePackage);
        }
        return classes;
    }

    /**
     * Runs the step definition the text matches, on the running scenario's glue objects, as Cucumber would run
     * a step without a doc string or table; what it throws is the step's failure, unwrapped.
     */
    void call(String text) throws Throwable {
        List<Definition> found = definitions.stream().filter(d -> d.expression().match(text) != null).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " step definitions match '" + text + "'; a mutant"
                    + " matches exactly one");
        }
        Definition definition = found.get(0);
        Method method = definition.method();
        if (method.getParameterCount() != definition.expression().match(text).size()) {
            throw new IllegalStateException("'" + text + "' takes a doc string or table: a mutant of it runs alone");
        }
        try {
            Object[] values = new Object[method.getParameterCount()];
            List<Argument<?>> arguments = definition.expression().match(text);
            for (int i = 0; i < values.length; i++) {
                values[i] = arguments.get(i).getValue();
            }
            Object glue = Modifier.isStatic(method.getModifiers()) ? null
                    : ScenarioObjects.current().getInstance(method.getDeclaringClass());
            method.invoke(glue, values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } catch (CucumberExpressionException e) {
            // a parameter type's method refused the value: Cucumber reports its exception, so do we
            throw e.getCause() instanceof InvocationTargetException ite ? ite.getCause()
                    : e.getCause() != null ? e.getCause() : e;
        }
    }

    /** Every definition that matches the text: exactly one for a step that runs. */
    public List<StepMatch> matches(String text) {
        List<StepMatch> found = new ArrayList<>();
        for (Definition definition : definitions) {
            Expression expression = definition.expression();
            List<Argument<?>> arguments = expression.match(text);
            if (arguments != null) {
                found.add(new StepMatch(expression.getSource(), arguments.stream().map(GlueSteps::arg).toList()));
            }
        }
        return found;
    }

    public int size() {
        return definitions.size();
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
