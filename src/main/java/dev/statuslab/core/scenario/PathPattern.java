package dev.statuslab.core.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A mock's path: exact ({@code /api/users}), or with {@code {name}} segments that match any one
 * segment ({@code /api/users/{id}}) and {@code *} segments, one segment each, or the rest of the
 * path when last ({@code /static/*}).
 */
public final class PathPattern {

    /** Patterns split into segments once (the server matches every request against every mock). */
    private static final Map<String, String[]> SEGMENTS = new ConcurrentHashMap<>();

    private static final int SEGMENTS_MAX = 10_000;

    private PathPattern() {}

    /** The captured {@code {name}} values when {@code path} matches {@code pattern}, else null. */
    public static Map<String, String> match(String pattern, String path) {
        int open = firstOpen(pattern);
        if (open < 0) {
            return pattern.equals(path) ? Map.of() : null;
        }
        if (!path.regionMatches(0, pattern, 0, open)) {
            return null; // the literal part before the first {name} or * differs: most requests end here
        }
        String[] want = segments(pattern);
        String[] got = path.split("/", -1);
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < want.length; i++) {
            String w = want[i];
            boolean last = i == want.length - 1;
            if (w.equals("*") && last) {
                return got.length > i ? params : null;
            }
            if (i >= got.length) {
                return null;
            }
            if (w.equals("*")) {
                if (got[i].isEmpty()) {
                    return null;
                }
            } else if (isParam(w)) {
                if (got[i].isEmpty()) {
                    return null;
                }
                params.put(w.substring(1, w.length() - 1), got[i]);
            } else if (!w.equals(got[i])) {
                return null;
            }
        }
        return want.length == got.length ? params : null;
    }

    /** The literal part of a pattern before its first {@code {name}} or {@code *}: a path must start with it. */
    public static String literalPrefix(String pattern) {
        int open = firstOpen(pattern);
        return open < 0 ? pattern : pattern.substring(0, open);
    }

    private static int firstOpen(String pattern) {
        int brace = pattern.indexOf('{');
        int star = pattern.indexOf('*');
        return brace < 0 ? star : star < 0 ? brace : Math.min(brace, star);
    }

    private static String[] segments(String pattern) {
        String[] cached = SEGMENTS.get(pattern);
        if (cached == null) {
            if (SEGMENTS.size() >= SEGMENTS_MAX) {
                SEGMENTS.clear();
            }
            cached = pattern.split("/", -1);
            SEGMENTS.put(pattern, cached);
        }
        return cached;
    }

    /** Why this cannot be a path pattern, or null: a {@code {name}} must be a whole segment with a name. */
    public static String problem(String pattern) {
        for (String segment : pattern.split("/", -1)) {
            boolean braces = segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0;
            if (braces
                    && !(isParam(segment)
                            && segment.substring(1, segment.length() - 1)
                                    .chars()
                                    .allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
                return "a parameter is a whole segment such as {id}: '" + segment + "'";
            }
            if (segment.indexOf('*') >= 0 && !segment.equals("*")) {
                return "* stands for a whole segment: '" + segment + "'";
            }
        }
        return null;
    }

    /**
     * How specific a pattern is, to compare two that match the same path: literal segments count
     * most, then parameters; a {@code *} counts nothing.
     */
    static int specificity(String pattern) {
        int score = 0;
        for (String segment : pattern.split("/", -1)) {
            if (isParam(segment)) {
                score += 1;
            } else if (!segment.equals("*")) {
                score += 100;
            }
        }
        return score;
    }

    private static boolean isParam(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }
}
