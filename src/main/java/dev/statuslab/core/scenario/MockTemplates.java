package dev.statuslab.core.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.HandlebarsException;
import com.github.jknack.handlebars.Template;
import dev.statuslab.core.http.Header;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Templates in mock bodies and header values, with Handlebars.java: any text holding {@code {{}
 * is one, rendered per request. What a template may use: {@code {{request.method}}},
 * {@code {{request.path}}}, {@code {{request.params.id}}} (the path's {@code {id}}),
 * {@code {{request.query.page}}}, {@code {{request.headers.[X-Trace]}}},
 * {@code {{request.json.user.name}}} (a JSON body's fields), {@code {{counter}}} (1 for the
 * mock's first answer), and the helpers {@code {{uuid}}} and {@code {{now}}} (an ISO-8601 instant).
 * Values are not HTML-escaped: a mock's body is whatever the user says it is.
 */
public final class MockTemplates {

    /** Compiled templates are kept, up to this many texts. */
    private static final int CACHE_MAX = 1_000;

    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Made on the first template, not when the class is first used: every mock answer asks
     * {@link #problem}, most hold no template, and Handlebars is some 50 classes at start-up.
     */
    private static Handlebars handlebars;

    private MockTemplates() {}

    /** What a template sees of one request, and the mock's counter (1 for its first answer). */
    public static Map<String, Object> context(MockRequest request, Map<String, String> params, long counter) {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("method", request.method());
        req.put("path", request.path());
        req.put("params", params);
        Map<String, Object> query = new LinkedHashMap<>();
        request.query().forEach((name, values) -> query.put(name, values.isEmpty() ? "" : values.get(0)));
        req.put("query", query);
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Header h : request.headers()) {
            headers.putIfAbsent(h.name(), h.value());
            headers.putIfAbsent(h.name().toLowerCase(Locale.ROOT), h.value());
        }
        req.put("headers", headers);
        req.put("body", request.body());
        req.put("json", json(request.body()));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("request", req);
        context.put("counter", counter);
        return context;
    }

    private static Object json(String body) {
        if (body.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /** Whether the text is a template (holds "{{"). */
    public static boolean isTemplate(String text) {
        return text.contains("{{");
    }

    /** Why this text cannot be a template, with its line and column, or null when it can (or is none). */
    public static String problem(String text) {
        if (!isTemplate(text)) {
            return null;
        }
        try {
            compile(text);
            return null;
        } catch (HandlebarsException e) {
            return describe(e);
        }
    }

    /** The text rendered with the context (see the class comment); a text that is no template comes back as it is. */
    public static String render(String text, Map<String, Object> context) {
        if (!isTemplate(text)) {
            return text;
        }
        try {
            return compile(text).apply(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Handlebars handlebars() {
        if (handlebars == null) {
            handlebars = new Handlebars()
                    .prettyPrint(false)
                    .with(value -> value)
                    .registerHelper(
                            "uuid", (context, options) -> UUID.randomUUID().toString())
                    .registerHelper("now", (context, options) -> Instant.now().toString());
        }
        return handlebars;
    }

    private static Template compile(String text) {
        Template cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        try {
            Template template = handlebars().compileInline(text);
            if (CACHE.size() >= CACHE_MAX) {
                CACHE.clear();
            }
            CACHE.put(text, template);
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "line 1, column 5: found '}', expected …" from Handlebars' "inline:1:5: …". */
    private static String describe(HandlebarsException e) {
        var error = e.getError();
        if (error == null) {
            return "the template does not parse: " + e.getMessage();
        }
        String reason = error.reason == null ? "" : error.reason.strip();
        return "line " + error.line + ", column " + error.column + ": " + reason;
    }
}
