package dev.statuslab.core.workbench;

import dev.statuslab.core.transcript.FormPairs;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Form bodies between Postman's key/value lists and a urlencoded text, keeping {@code {{variables}}}
 * as written (not percent-encoded) so that they are still resolved when sent.
 */
final class PostmanForms {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*[A-Za-z0-9_.$-]+\\s*}}");

    private PostmanForms() {
    }

    static String encode(List<FormPairs.Pair> pairs) {
        StringBuilder out = new StringBuilder();
        for (FormPairs.Pair p : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encodeKeepingReferences(p.name())).append('=').append(encodeKeepingReferences(p.value()));
        }
        return out.toString();
    }

    static List<FormPairs.Pair> decode(String body) {
        return FormPairs.parse(body);
    }

    private static String encodeKeepingReferences(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = REFERENCE.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(FormPairs.encode(text.substring(last, m.start()))).append(m.group());
            last = m.end();
        }
        return out.append(FormPairs.encode(text.substring(last))).toString();
    }
}
