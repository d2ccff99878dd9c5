package dev.statuslab.ui.common;

import java.util.Locale;

/** Labels for sizes and durations, shared by the response pane and the history. */
public final class Formats {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private Formats() {}

    /**
     * A byte count for people, in binary units: "0 B", "2 B", "1.4 KB", "2 MB", "52.4 MB".
     * One decimal, dropped when it is zero.
     */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes / 1024.0;
        int unit = 0;
        while (unit < UNITS.length - 1 && Math.round(value * 10) / 10.0 >= 1024) {
            value /= 1024;
            unit++;
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return text + " " + UNITS[unit];
    }

    /** A duration in whole milliseconds: "12 ms"; "<1 ms" for a positive time that rounds to zero. */
    public static String millis(double millis) {
        long rounded = Math.round(millis);
        if (rounded == 0 && millis > 0) {
            return "<1 ms";
        }
        return rounded + " ms";
    }
}
