package dev.statuslab.ui.composer;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.scenario.BodyKind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** From a Content-Type to a {@link BodyKind}, and back. */
final class BodyKinds {

    private BodyKinds() {}

    /** The body type a Content-Type suggests for a body: JSON, form, else text; none when there is no body. */
    static BodyKind infer(String contentType, String body) {
        if (body == null || body.isEmpty()) {
            return BodyKind.NONE;
        }
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("application/json") || type.endsWith("+json")) {
            return BodyKind.JSON;
        }
        if (type.equals("application/x-www-form-urlencoded")) {
            return BodyKind.FORM;
        }
        return BodyKind.TEXT;
    }

    /** Whether two Content-Type values say the same, ignoring case and spaces ("text/plain;charset=UTF-8"). */
    /**
     * The type for a body kept aside: {@code current}, unless that is none for a body (a paste into
     * an empty draft), then JSON when it opens an object or array, else text.
     */
    static BodyKind forKept(BodyKind current, Body kept) {
        if (kept == null || current != BodyKind.NONE) {
            return current;
        }
        String start = new String(kept.preview(64), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("{") || start.startsWith("[") ? BodyKind.JSON : BodyKind.TEXT;
    }

    static boolean sameMediaType(String value, String other) {
        return value != null && other != null && normalise(value).equals(normalise(other));
    }

    private static String normalise(String contentType) {
        return contentType.replace(" ", "").replace("\t", "").toLowerCase(Locale.ROOT);
    }
}
