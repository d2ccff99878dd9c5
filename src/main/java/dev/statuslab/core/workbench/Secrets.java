package dev.statuslab.core.workbench;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.transcript.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps secret values out of what is exported and shown: every occurrence of a secret variable's
 * value in a request's URL, field values and text body is written back as {@code {{name}}}; an
 * Authorization field that carries one (also inside a Basic pair) is written as {@code {{name}}}
 * references too. On screen a secret is {@link #MASK} instead.
 */
public final class Secrets {

    /** How a secret value is shown on screen. */
    public static final String MASK = "••••";

    private Secrets() {}

    /** The values of the secret variables among {@code variables} that are on, by name. */
    public static Map<String, String> values(Collection<Variable> variables) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Variable v : variables) {
            if (v.secret() && v.enabled() && !v.value().isEmpty()) {
                out.put(v.name(), v.value());
            }
        }
        return out;
    }

    /** {@code request} with the values of {@code secrets} (name to value) replaced by their references. */
    public static HttpRequest redact(HttpRequest request, Map<String, String> secrets) {
        if (secrets.isEmpty()) {
            return request;
        }
        return new HttpRequest(
                request.method(),
                redact(request.url(), secrets),
                redact(request.headers(), secrets),
                redact(request.body(), secrets));
    }

    /**
     * {@code exchange} as it may be exported: the request, the heads as on the wire, the response's
     * fields and text body, the failure and the simulator target with every secret value written
     * as {@code {{name}}} (an echoing server may send a token back).
     */
    public static Exchange redact(Exchange exchange, Map<String, String> secrets) {
        if (secrets.isEmpty()) {
            return exchange;
        }
        HttpResponse response = exchange.response();
        if (response != null) {
            response = new HttpResponse(
                    response.interim(),
                    response.statusLine(),
                    redact(response.headers(), secrets),
                    redact(response.body(), secrets));
        }
        return new Exchange(
                exchange.id(),
                exchange.startedAt(),
                redact(exchange.request(), secrets),
                response,
                exchange.failure() == null ? null : redact(exchange.failure(), secrets),
                redactHead(exchange.requestHead(), secrets),
                redactHead(exchange.responseHead(), secrets),
                exchange.timings(),
                exchange.simulatorTarget() == null ? null : redact(exchange.simulatorTarget(), secrets),
                exchange.django(),
                exchange.tls());
    }

    /** {@code text} with every secret value replaced by {@code {{name}}}; empty values are left alone. */
    public static String redact(String text, Map<String, String> secrets) {
        return replace(text, secrets, name -> "{{" + name + "}}");
    }

    /**
     * A field's value as shown on screen: every secret value replaced by {@link #MASK}; a Basic
     * credential whose pair holds one is shown as {@code Basic user:••••}.
     */
    public static String mask(String value, Map<String, String> secrets) {
        Function<String, String> masked = name -> MASK;
        return authorization(replace(value, secrets, masked), secrets, masked);
    }

    private static Headers redact(Headers headers, Map<String, String> secrets) {
        List<Header> lines = new ArrayList<>();
        for (Header h : headers) {
            lines.add(new Header(h.name(), redactField(h.value(), secrets)));
        }
        return Headers.of(lines);
    }

    private static String redactField(String value, Map<String, String> secrets) {
        return authorization(redact(value, secrets), secrets, name -> "{{" + name + "}}");
    }

    private static Body redact(Body body, Map<String, String> secrets) {
        if (body.isEmpty() || !body.inMemory()) {
            return body;
        }
        String text = body.text();
        String redacted = redact(text, secrets);
        return redacted.equals(text) ? body : Body.of(redacted);
    }

    /** A head as on the wire, line by line (so that a Basic field is also written with references). */
    private static String redactHead(String head, Map<String, String> secrets) {
        if (head.isEmpty()) {
            return head;
        }
        String[] lines = head.split("\r\n", -1);
        StringBuilder out = new StringBuilder(head.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            out.append(
                    colon == 13 && line.regionMatches(true, 0, "Authorization", 0, 13)
                            ? line.substring(0, colon + 1) + " "
                                    + redactField(line.substring(colon + 1).strip(), secrets)
                            : redact(line, secrets));
            if (i < lines.length - 1) {
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    private static String replace(String text, Map<String, String> secrets, Function<String, String> by) {
        String out = text;
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            if (!secret.getValue().isEmpty()) {
                out = out.replace(secret.getValue(), by.apply(secret.getKey()));
            }
        }
        return out;
    }

    /** A Basic credential whose decoded pair holds a secret is written as the pair, the secret replaced. */
    private static String authorization(String value, Map<String, String> secrets, Function<String, String> by) {
        if (secrets.isEmpty() || !value.regionMatches(true, 0, "Basic ", 0, 6)) {
            return value;
        }
        try {
            String pair =
                    new String(Base64.getDecoder().decode(value.substring(6).trim()), StandardCharsets.UTF_8);
            String replaced = replace(pair, secrets, by);
            return replaced.equals(pair) ? value : "Basic " + replaced;
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
