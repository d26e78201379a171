package netspec.topology;

/**
 * The fonts of the picture and how wide their text is. Boxes are sized before any browser lays the text out,
 * so card text is monospaced (a character is 0.6 em in DejaVu Sans Mono, Menlo and Consolas alike) and
 * sans-serif titles are given room for their widest letters.
 */
final class Fonts {

    static final String MONO = "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace";
    static final String SANS = "'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif";

    private Fonts() {
    }

    static double monoWidth(String text, double size) {
        return text.codePointCount(0, text.length()) * size * 0.6;
    }

    static double sansWidth(String text, double size) {
        return text.codePointCount(0, text.length()) * size * 0.64;
    }
}
