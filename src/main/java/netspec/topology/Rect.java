package netspec.topology;

/** A rectangle of the picture, in pixels from its top-left corner. */
record Rect(double x, double y, double w, double h) {

    double right() {
        return x + w;
    }

    double bottom() {
        return y + h;
    }

    double centerX() {
        return x + w / 2;
    }

    double centerY() {
        return y + h / 2;
    }

    boolean overlaps(Rect other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
}
