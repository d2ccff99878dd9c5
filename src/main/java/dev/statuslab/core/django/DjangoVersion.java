package dev.statuslab.core.django;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Django release line the simulator answers as: 5.2 LTS by default, 4.2 LTS and 3.2 for
 * older projects and tutorials. The order is the release order, oldest first.
 */
public enum DjangoVersion {
    V3_2(3, 2, false),
    V4_2(4, 2, true),
    V5_2(5, 2, true);

    public static final DjangoVersion DEFAULT = V5_2;

    private final int major;
    private final int minor;
    private final boolean supported;

    DjangoVersion(int major, int minor, boolean supported) {
        this.major = major;
        this.minor = minor;
        this.supported = supported;
    }

    /** "5.2", as in {@code serve --django 5.2} and a transcript. */
    public String number() {
        return major + "." + minor;
    }

    /** "Django 5.2 LTS", for menus and the status bar. */
    public String label() {
        return "Django " + number() + (this == V3_2 ? " (out of support)" : " LTS");
    }

    /** Whether the Django project still supports this release line. */
    public boolean supported() {
        return supported;
    }

    /** Whether this release line is {@code major.minor} or later. */
    public boolean atLeast(int otherMajor, int otherMinor) {
        return major > otherMajor || major == otherMajor && minor >= otherMinor;
    }

    /** "5.2", "5.2.18", "django 4.2", "v3.2" and "V4_2" all name a release line. */
    public static Optional<DjangoVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '.');
        t = t.startsWith("django") ? t.substring(6).strip() : t;
        t = t.startsWith("v") ? t.substring(1) : t;
        for (DjangoVersion v : values()) {
            if (t.equals(v.number()) || t.startsWith(v.number() + ".")) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** "5.2, 4.2, 3.2": the choices, newest first, for messages. */
    public static String choices() {
        return Arrays.stream(values())
                .map(DjangoVersion::number)
                .sorted((a, b) -> b.compareTo(a))
                .collect(Collectors.joining(", "));
    }
}
