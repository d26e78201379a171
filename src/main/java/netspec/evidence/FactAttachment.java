package netspec.evidence;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a judged reading reads in the report's {@code fact:} attachment: a verdict line first (PASSED or FAILED,
 * what was expected, what was seen, in words), then what was read as a table (one row per frame, fdb entry,
 * route, ... when the reading is a list; one row per field for a single record), then the raw reading: where it
 * ran, the command and the kernel's output.
 */
public final class FactAttachment {

    /** A seen-line longer than this, made of many {@code ;}-separated items, is cut to its first few. */
    static final int SHOWN_ITEMS = 3;
    private static final int CELL_LIMIT = 60;

    private FactAttachment() {
    }

    public static <T> String text(boolean held, String expected, Reading<T> reading, Function<T, String> describe) {
        StringBuilder text = new StringBuilder();
        text.append(held ? "PASSED" : "FAILED").append("  expected: ").append(expected).append('\n');
        text.append("        seen:     ").append(seen(reading.value(), describe)).append("\n\n");
        table(reading.value()).ifPresent(table -> text.append(table).append('\n'));
        text.append("# in ").append(reading.place()).append('\n').append(reading.result().transcript());
        return text.toString();
    }

    /** What the reading shows, in words; a long list of items is shortened to its count and first few. */
    public static <T> String seen(T value, Function<T, String> describe) {
        String words;
        try {
            words = describe.apply(value);
        } catch (RuntimeException e) {
            words = String.valueOf(value);
        }
        return shorten(words);
    }

    static String shorten(String words) {
        String[] items = words.split("; ");
        if (items.length <= SHOWN_ITEMS + 1) {
            return words;
        }
        return items.length + " items: " + String.join("; ", List.of(items).subList(0, SHOWN_ITEMS))
                + "; … (every one in the table of the fact: attachment)";
    }

    /** A plain-text table of the reading, when it is a list or a record. */
    static Optional<String> table(Object value) {
        if (value instanceof Collection<?> items) {
            return Optional.of(rows(List.copyOf(items)));
        }
        if (value instanceof Map<?, ?> map) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("key", "value"));
            map.forEach((k, v) -> rows.add(List.of(cell(k), cell(v))));
            return Optional.of(aligned(rows));
        }
        if (value != null && value.getClass().isRecord()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("field", "value"));
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                rows.add(List.of(component.getName(), cell(read(component, value))));
            }
            return Optional.of(aligned(rows));
        }
        return Optional.empty();
    }

    private static String rows(List<?> items) {
        if (items.isEmpty()) {
            return "(the reading lists nothing)\n";
        }
        Object first = items.get(0);
        List<List<String>> rows = new ArrayList<>();
        if (first != null && first.getClass().isRecord() && !describesItself(first)
                && items.stream().allMatch(i -> i != null && i.getClass() == first.getClass())) {
            RecordComponent[] components = first.getClass().getRecordComponents();
            List<String> header = new ArrayList<>(List.of("#"));
            for (RecordComponent component : components) {
                header.add(component.getName());
            }
            rows.add(header);
            for (int i = 0; i < items.size(); i++) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1)));
                for (RecordComponent component : components) {
                    row.add(cell(read(component, items.get(i))));
                }
                rows.add(row);
            }
        } else {
            rows.add(List.of("#", "item"));
            for (int i = 0; i < items.size(); i++) {
                rows.add(List.of(String.valueOf(i + 1), String.valueOf(items.get(i))));
            }
        }
        return aligned(rows);
    }

    /** A record that writes its own toString reads better as one line than as its fields (a frame, a packet). */
    private static boolean describesItself(Object record) {
        return !String.valueOf(record).startsWith(record.getClass().getSimpleName() + "[");
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?";
        }
    }

    private static String cell(Object value) {
        String text = value == null ? "" : value instanceof Collection<?> c && c.isEmpty() ? "" : String.valueOf(value);
        text = text.replace('\n', ' ');
        return text.length() <= CELL_LIMIT ? text : text.substring(0, CELL_LIMIT - 1) + "…";
    }

    /** Columns empty in every row (a vni on a bridge's fdb) are left out. */
    private static String aligned(List<List<String>> all) {
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < all.get(0).size(); c++) {
            int column = c;
            if (all.stream().skip(1).anyMatch(row -> !row.get(column).isEmpty()) || all.size() == 1) {
                kept.add(c);
            }
        }
        List<List<String>> rows = all.stream().map(row -> kept.stream().map(row::get).toList()).toList();
        int columns = kept.size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(String.format("%-" + width[c] + "s", Objects.toString(row.get(c), ""))).append("  ");
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
