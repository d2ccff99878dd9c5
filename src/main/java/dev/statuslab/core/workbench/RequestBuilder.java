package dev.statuslab.core.workbench;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.BodyKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a draft into the request to send: every {@code {{variable}}} in the URL, the header rows
 * that are on, the body and the auth helper resolved through a {@link VariableContext}; then what
 * the workbench adds, in this order and only where the user wrote no such field: Content-Type
 * from the body kind, Authorization from the auth helper, Cookie from the jar (when the draft's
 * switch is on). The wire client adds Host and Content-Length itself. An unknown variable is a
 * problem naming it and its place, and no request is built.
 */
public final class RequestBuilder {

    /**
     * Something that blocks sending.
     *
     * @param place   where: "URL", "header 2 value", "body", "auth token", "method"
     * @param name    the unknown variable's name, or null for other problems
     * @param start   where the reference starts in that field's text (for underlining); -1 when not a reference
     * @param end     where it ends, exclusive
     * @param message the sentence for the user
     */
    public record Problem(String place, String name, int start, int end, String message) {}

    /**
     * What came of building.
     *
     * @param request  the request to send, or null when there are problems
     * @param problems what blocks sending
     * @param secrets  the values of secret variables used, by name (exporters write {@code {{name}}} instead)
     * @param added    the fields the workbench added (Content-Type, Authorization, Cookie), to show them
     */
    public record Built(HttpRequest request, List<Problem> problems, Map<String, String> secrets, List<Header> added) {
        public Optional<HttpRequest> requestIfAny() {
            return Optional.ofNullable(request);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private RequestBuilder() {}

    public static Built build(RequestDraft draft, VariableContext context) {
        Resolver r = new Resolver(context);
        String lookupUrl = context.simulator().map(s -> s.resolve(draft.url())).orElse(draft.url());
        String url = r.resolve("URL", draft.url(), lookupUrl);
        HttpMethod method = null;
        try {
            method = HttpMethod.of(draft.method().trim());
        } catch (IllegalArgumentException e) {
            r.problems.add(new Problem("method", null, -1, -1, "\"" + draft.method() + "\" is not a method token"));
        }
        List<Header> lines = new ArrayList<>();
        int n = 0;
        for (RequestDraft.Row row : draft.headers()) {
            n++;
            if (row.enabled() && !row.name().isBlank()) {
                String name = r.resolve("header " + n + " name", row.name(), url);
                String value = r.resolve("header " + n + " value (" + row.name() + ")", row.value(), url);
                lines.add(new Header(name.trim(), value));
            }
        }
        String body = r.resolve("body", draft.body(), url);
        List<String> authParts = new ArrayList<>();
        for (Auth.Field field : draft.auth().fields()) {
            authParts.add(r.resolve(field.place(), field.text(), url));
        }
        if (!r.problems.isEmpty() || method == null) {
            return new Built(null, List.copyOf(r.problems), Map.copyOf(r.secrets), List.of());
        }
        Headers headers = Headers.of(lines);
        List<Header> added = new ArrayList<>();
        if (draft.bodyKind() != BodyKind.NONE && !headers.has("Content-Type")) {
            added.add(new Header("Content-Type", draft.bodyKind().contentType()));
        }
        String authorization = draft.auth().headerValue(authParts);
        if (authorization != null && !headers.has("Authorization")) {
            added.add(new Header("Authorization", authorization));
        }
        if (draft.useCookies() && !headers.has("Cookie") && context.jar().isPresent()) {
            context.jar()
                    .get()
                    .header(url, context.clock().instant())
                    .ifPresent(cookie -> added.add(new Header("Cookie", cookie)));
        }
        for (Header h : added) {
            headers = headers.with(h.name(), h.value());
        }
        Body sent = draft.bodyKind() == BodyKind.NONE && body.isEmpty() ? Body.empty() : Body.of(body);
        return new Built(
                new HttpRequest(method, url, headers, sent), List.of(), Map.copyOf(r.secrets), List.copyOf(added));
    }

    /** Resolves fields one by one, gathering problems and secrets. */
    private static final class Resolver {
        private final VariableContext context;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, String> secrets = new LinkedHashMap<>();

        Resolver(VariableContext context) {
            this.context = context;
        }

        String resolve(String place, String text, String url) {
            VariableText.Resolved resolved = VariableText.resolve(text, name -> context.lookup(name, url));
            for (VariableText.Reference ref : resolved.unknown()) {
                problems.add(new Problem(
                        place,
                        ref.name(),
                        ref.start(),
                        ref.end(),
                        "Unknown variable {{" + ref.name() + "}} in the " + place
                                + ": define it in the environment or the collection"));
            }
            secrets.putAll(resolved.secrets());
            return resolved.text();
        }
    }
}
