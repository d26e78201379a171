package netspec.mutation;

import java.util.List;

/**
 * A step's text as one step definition of the glue reads it: the definition's Cucumber expression and each
 * argument with its parameter type's name and where it stands in the text.
 */
public record StepMatch(String expression, List<Arg> args) {

    public StepMatch {
        args = List.copyOf(args);
    }

    /** One argument: {@code type} is the parameter type's name ({@code iface}, {@code int}, ...). */
    public record Arg(String type, int start, int end, String value) {

        /** The step's text with this argument's value replaced. */
        public String replaceIn(String text, String replacement) {
            return text.substring(0, start) + replacement + text.substring(end);
        }
    }
}
