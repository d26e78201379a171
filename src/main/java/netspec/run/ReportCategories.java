package netspec.run;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import netspec.capability.Capability;
import netspec.evidence.FactViolation;

/**
 * The report's categories: why a scenario did not pass, in the order a reader asks. Allure puts a scenario in every
 * category whose statuses and message (or trace) pattern match; the patterns follow the messages netspec writes
 * (see {@link netspec.capability.Capabilities#whyMissing}, {@link FactViolation} and {@link ReportLabels}).
 */
final class ReportCategories {

    private ReportCategories() {
    }

    record Category(String name, List<String> statuses, String messageRegex, String traceRegex) {
    }

    static List<Category> all() {
        return List.of(
                new Category("The target lacks a capability (kernel, privilege)", List.of("skipped"),
                        "(?s)(.*\n)?requires (" + names(false) + "), which target .*", null),
                new Category("Setup incomplete: a tool is missing on the target", List.of("skipped", "failed", "broken"),
                        "(?s)((.*\n)?requires (" + names(true) + "), which target .*|.*command not found.*)", null),
                new Category("Not meant for this target (another demo machine's scenario)", List.of("skipped"),
                        "(?s).*meant for the demo machine.*", null),
                new Category("The kernel differs from the text (known divergence, tagged "
                        + ReportLabels.KERNEL_DIFFERS + ")", List.of("passed", "failed", "broken", "skipped"),
                        Pattern.quote(ReportLabels.KERNEL_DIFFERS_MESSAGE) + "(?s).*", null),
                new Category("A fact failed: the kernel did not show what the text says", List.of("failed"), null,
                        "(?s).*" + Pattern.quote(FactViolation.class.getName()) + ".*"),
                new Category("A netspec error (an exception, not a fact about the kernel)", List.of("broken"), null,
                        null));
    }

    /** The capabilities a missing package provides (their advice is an apt-get install), or all the others. */
    private static String names(boolean tools) {
        return Arrays.stream(Capability.values()).filter(c -> c.howToGet().startsWith("install") == tools)
                .map(c -> Pattern.quote(c.tagName())).collect(Collectors.joining("|"));
    }

    static String json() {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode categories = mapper.createArrayNode();
        for (Category category : all()) {
            ObjectNode node = categories.addObject();
            node.put("name", category.name());
            category.statuses().forEach(node.putArray("matchedStatuses")::add);
            if (category.messageRegex() != null) {
                node.put("messageRegex", category.messageRegex());
            }
            if (category.traceRegex() != null) {
                node.put("traceRegex", category.traceRegex());
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(categories);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
