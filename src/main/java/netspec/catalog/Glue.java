package netspec.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** The step definitions and parameter types of a glue package, read by reflection from its compiled classes. */
public record Glue(List<StepPattern> steps, Map<String, String> parameterTypes) {

    /** One {@code @Given/@When/@Then} pattern, as written, and the class that defines it. */
    public record StepPattern(String keyword, String pattern, Class<?> definedIn) {
        /** The heading it is listed under: the class's {@link Topic}, else its name minus "Steps", in words. */
        public String topic() {
            Topic topic = definedIn.getAnnotation(Topic.class);
            if (topic != null) {
                return topic.value();
            }
            String name = definedIn.getSimpleName().replaceFirst("Steps$", "");
            String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        /** How a feature writes it: {@code Given a bridge {iface}}. */
        public String gherkin() {
            return keyword + " " + pattern;
        }
    }

    public static final String PACKAGE = "netspec.steps";
    private static final List<String> KEYWORDS = List.of("Given", "When", "Then");

    public static Glue of(String packageName) {
        List<StepPattern> steps = new ArrayList<>();
        Map<String, String> parameterTypes = new TreeMap<>();
        for (Class<?> type : classes(packageName)) {
            for (Method method : type.getDeclaredMethods()) {
                add(steps, type, "Given", method.getAnnotationsByType(Given.class));
                add(steps, type, "When", method.getAnnotationsByType(When.class));
                add(steps, type, "Then", method.getAnnotationsByType(Then.class));
                ParameterType parameterType = method.getAnnotation(ParameterType.class);
                if (parameterType != null) {
                    parameterTypes.put(parameterType.name().isEmpty() ? method.getName() : parameterType.name(),
                            parameterType.value());
                }
            }
        }
        steps.sort((a, b) -> a.topic().equals(b.topic())
                ? KEYWORDS.indexOf(a.keyword()) != KEYWORDS.indexOf(b.keyword())
                ? KEYWORDS.indexOf(a.keyword()) - KEYWORDS.indexOf(b.keyword()) : a.pattern().compareTo(b.pattern())
                : a.topic().compareTo(b.topic()));
        return new Glue(List.copyOf(steps), Collections.unmodifiableMap(parameterTypes));
    }

    private static void add(List<StepPattern> steps, Class<?> type, String keyword, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String pattern = annotation instanceof Given g ? g.value()
                    : annotation instanceof When w ? w.value() : ((Then) annotation).value();
            steps.add(new StepPattern(keyword, pattern, type));
        }
    }

    /** The top-level classes of a package, from a folder of class files or a jar on the class path. */
    private static List<Class<?>> classes(String packageName) {
        String folder = packageName.replace('.', '/');
        ClassLoader loader = Glue.class.getClassLoader();
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(folder))) {
                if (url.getProtocol().equals("jar")) {
                    var jar = ((JarURLConnection) url.openConnection()).getJarFile();
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(folder + "/") && n.indexOf('/', folder.length() + 1) < 0)
                            .forEach(n -> names.add(n.substring(folder.length() + 1)));
                } else {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.forEach(f -> names.add(f.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the glue package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$")) {
                try {
                    classes.add(Class.forName(packageName + "." + name.replaceFirst("\\.class$", ""), false, loader));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }
}
