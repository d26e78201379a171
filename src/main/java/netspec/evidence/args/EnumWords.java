package netspec.evidence.args;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Step words that name one of a fixed set of choices, written in lower case as the kernel's tools spell them. */
final class EnumWords {

    private EnumWords() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
        return parse(type, what, text, EnumWords::word);
    }

    /** For choices whose spelling is no Java name ("active-backup", "802.3ad"). */
    static <E extends Enum<E>> E parse(Class<E> type, String what, String text, Function<E, String> spelling) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> spelling.apply(c).equals(text)).findFirst()
                .orElseThrow(() -> new InvalidStepArgument(what, text, "use one of "
                        + Arrays.stream(type.getEnumConstants()).map(spelling).collect(Collectors.joining(", "))));
    }

    static String word(Enum<?> choice) {
        return choice.name().toLowerCase(Locale.ROOT);
    }
}
