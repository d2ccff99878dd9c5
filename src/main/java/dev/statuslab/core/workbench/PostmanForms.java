package dev.statuslab.core.workbench;

import dev.statuslab.core.http.FormEncoding;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Form bodies between Postman's key/value lists and a urlencoded text, keeping {@code {{variables}}}
 * as written (not percent-encoded) so that they are still resolved when sent.
 */
final class PostmanForms {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*[A-Za-z0-9_.$-]+\\s*}}");

    private PostmanForms() {}

    static String encode(List<FormEncoding.Pair> pairs) {
        StringBuilder out = new StringBuilder();
        for (FormEncoding.Pair p : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encodeKeepingReferences(p.name())).append('=').append(encodeKeepingReferences(p.value()));
        }
        return out.toString();
    }

    static List<FormEncoding.Pair> decode(String body) {
        return FormEncoding.parse(body);
    }

    private static String encodeKeepingReferences(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = REFERENCE.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(FormEncoding.encodeFormComponent(text.substring(last, m.start())))
                    .append(m.group());
            last = m.end();
        }
        return out.append(FormEncoding.encodeFormComponent(text.substring(last)))
                .toString();
    }
}
