package dev.statuslab.core.workbench;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Keeps secret values out of what is exported: every occurrence of a secret variable's value in
 * a request's URL, field values and text body is written back as {@code {{name}}}; an
 * Authorization field that carries one (also inside a Basic pair) is written as
 * {@code {{name}}} references too.
 */
public final class Secrets {

    private Secrets() {}

    /** {@code request} with the values of {@code secrets} (name to value) replaced by their references. */
    public static HttpRequest redact(HttpRequest request, Map<String, String> secrets) {
        if (secrets.isEmpty()) {
            return request;
        }
        List<Header> lines = new ArrayList<>();
        for (Header h : request.headers()) {
            lines.add(new Header(h.name(), redactAuthorization(redact(h.value(), secrets), secrets)));
        }
        Body body = request.body();
        if (!body.isEmpty() && body.inMemory()) {
            String text = body.text();
            String redacted = redact(text, secrets);
            if (!redacted.equals(text)) {
                body = Body.of(redacted);
            }
        }
        return new HttpRequest(request.method(), redact(request.url(), secrets), Headers.of(lines), body);
    }

    /** {@code text} with every secret value replaced by {@code {{name}}}; empty values are left alone. */
    public static String redact(String text, Map<String, String> secrets) {
        String out = text;
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            if (!secret.getValue().isEmpty()) {
                out = out.replace(secret.getValue(), "{{" + secret.getKey() + "}}");
            }
        }
        return out;
    }

    /** A Basic credential whose decoded pair holds a secret is written as the pair with references. */
    private static String redactAuthorization(String value, Map<String, String> secrets) {
        if (!value.regionMatches(true, 0, "Basic ", 0, 6)) {
            return value;
        }
        try {
            String pair =
                    new String(Base64.getDecoder().decode(value.substring(6).trim()), StandardCharsets.UTF_8);
            String redacted = redact(pair, secrets);
            return redacted.equals(pair) ? value : "Basic " + redacted;
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
