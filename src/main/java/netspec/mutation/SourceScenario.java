package netspec.mutation;

import java.util.List;

/**
 * One scenario as it runs (a Scenario Outline gives one per example row): its steps with the Background's
 * first, its tags with the feature's, and the comments written among its lines.
 *
 * @param key       {@code feature:line} as the results file names it (an example row's line for an outline)
 * @param firstLine the line of its {@code Scenario:} keyword, where its own lines begin
 * @param lastLine  the line before the next scenario begins (its tags, or its keyword), where its lines end
 */
public record SourceScenario(String key, String feature, String featureName, String name, List<String> tags,
        List<Step> steps, int firstLine, int lastLine, List<String> comments) {

    public SourceScenario {
        tags = List.copyOf(tags);
        steps = List.copyOf(steps);
        comments = List.copyOf(comments);
    }

    /**
     * One step: its keyword as written, its text (an outline's placeholders filled in), and the lines of its
     * doc string or data table, ready to write back.
     */
    public record Step(String keyword, String text, int line, boolean outcome, List<String> argument) {

        public Step {
            argument = List.copyOf(argument);
        }

        public Step withText(String other) {
            return new Step(keyword, other, line, outcome, argument);
        }
    }
}
