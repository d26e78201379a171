package netspec.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The step lines of every {@code *.feature} below a folder, in file and line order. */
public final class FeatureLines {

    /** One step as a feature writes it: {@code features/interfaces/bridge.feature:12  Given a bridge br0}. */
    public record StepLine(String file, int line, String keyword, String text) {
        public String written() {
            return keyword + " " + text;
        }
    }

    private static final Pattern STEP = Pattern.compile("^\\s*(Given|When|Then|And|But|\\*) (.+?)\\s*$");

    private FeatureLines() {
    }

    public static List<StepLine> under(Path root) {
        List<StepLine> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).sorted().toList()) {
                List<String> text = Files.readAllLines(file);
                for (int i = 0; i < text.size(); i++) {
                    Matcher step = STEP.matcher(text.get(i));
                    if (step.matches()) {
                        lines.add(new StepLine(file.toString().replace('\\', '/'), i + 1, step.group(1), step.group(2)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the features under " + root, e);
        }
        return lines;
    }
}
