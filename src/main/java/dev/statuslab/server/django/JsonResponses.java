package dev.statuslab.server.django;

import dev.statuslab.server.site.SiteResponse;
import java.util.Map;

/**
 * Django's {@code JsonResponse(data, status=...)}: {@code application/json}, and the text of
 * Python's {@code json.dumps} with its defaults, which Django keeps: {@code ", "} and {@code ": "}
 * as separators, and every character past ASCII escaped as {@code \\uXXXX} (ensure_ascii).
 */
final class JsonResponses {

    private JsonResponses() {}

    static SiteResponse of(int status, Map<String, ?> data) {
        return SiteResponse.json(status, dumps(data));
    }

    /** {@code json.dumps} of a dict of strings, numbers and booleans, in the map's order. */
    static String dumps(Map<String, ?> data) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> e : data.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            string(out, e.getKey());
            out.append(": ");
            Object v = e.getValue();
            if (v == null) {
                out.append("null");
            } else if (v instanceof Boolean b) {
                out.append(b ? "true" : "false");
            } else if (v instanceof Number n) {
                out.append(n);
            } else {
                string(out, v.toString());
            }
        }
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
