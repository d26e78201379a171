package netspec.topology;

import java.util.Locale;

/**
 * Writes SVG elements as text; every piece of text that reaches the output goes through {@link #escape}, which
 * the HTML reports use too.
 */
public final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg open(int width, int height, String title, String style) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"").append(Fonts.SANS).append("\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>").append(style).append("</style>\n");
        return this;
    }

    Svg rect(double x, double y, double w, double h, double rx, String cssClass) {
        out.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\"/>%n",
                cssClass, x, y, w, h, rx));
        return this;
    }

    /** A rectangle filled with a colour of the picture's own palette (never text read from the kernel). */
    Svg rect(double x, double y, double w, double h, double rx, String fill, String stroke) {
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.1f\" fill=\"%s\" stroke=\"%s\"/>%n",
                x, y, w, h, rx, fill, stroke));
        return this;
    }

    Svg text(double x, double y, String cssClass, String text) {
        return text(x, y, cssClass, "start", text);
    }

    Svg text(double x, double y, String cssClass, String anchor, String text) {
        out.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">",
                cssClass, x, y, anchor)).append(escape(text)).append("</text>\n");
        return this;
    }

    /** A path with a tooltip naming what it joins. */
    Svg path(String d, String cssClass, String tooltip) {
        out.append("<path class=\"").append(cssClass).append("\" d=\"").append(d).append("\">");
        if (!tooltip.isEmpty()) {
            out.append("<title>").append(escape(tooltip)).append("</title>");
        }
        out.append("</path>\n");
        return this;
    }

    Svg circle(double x, double y, double r, String cssClass) {
        out.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>%n",
                cssClass, x, y, r));
        return this;
    }

    /** Opens a group whose tooltip names what it draws; close it with {@link #endGroup}. */
    Svg group(String cssClass, String tooltip) {
        out.append("<g class=\"").append(cssClass).append("\"><title>").append(escape(tooltip)).append("</title>\n");
        return this;
    }

    Svg endGroup() {
        out.append("</g>\n");
        return this;
    }

    String close() {
        return out.append("</svg>\n").toString();
    }

    static String d(String command, double... xy) {
        StringBuilder d = new StringBuilder(command);
        for (int i = 0; i < xy.length; i++) {
            d.append(i == 0 ? "" : i % 2 == 0 ? " " : ",").append(String.format(Locale.ROOT, "%.1f", xy[i]));
        }
        return d.toString();
    }

    /**
     * Text as XML character data or attribute value. Interface names may hold any byte but '/', ':' and
     * whitespace, so markup characters are escaped and characters XML 1.0 cannot carry at all (control
     * characters) are shown as {@code \\uXXXX}.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    } else {
                        escaped.append(String.format("\\u%04x", c));
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
