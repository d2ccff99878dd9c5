package dev.statuslab.core.scenario;

import dev.statuslab.core.http.Header;
import java.util.List;
import java.util.Objects;

/**
 * What a mock asks of a request beyond its method and path: query parameters (each name present
 * with this value), header fields (the name in any case, this value exactly) and the body.
 */
public record MockMatch(List<Header> query, List<Header> headers, BodyMatch body) {

    public static final MockMatch ANY = new MockMatch(List.of(), List.of(), BodyMatch.ANY);

    public MockMatch {
        query = List.copyOf(query == null ? List.of() : query);
        headers = List.copyOf(headers == null ? List.of() : headers);
        body = body == null ? BodyMatch.ANY : body;
    }

    public boolean matches(MockRequest request) {
        for (Header q : query) {
            List<String> values = request.query().get(q.name());
            if (values == null || !values.contains(q.value())) {
                return false;
            }
        }
        for (Header h : headers) {
            if (!request.headers().all(h.name()).contains(h.value())) {
                return false;
            }
        }
        return body.matches(request.body());
    }

    /** How many conditions it sets: a mock with more is more specific. */
    public int conditions() {
        return query.size() + headers.size() + (body.kind() == BodyMatch.Kind.ANY ? 0 : 1);
    }

    public boolean isAny() {
        return conditions() == 0;
    }

    /** "?page=2, X-Role: admin, body contains …", for lists and messages. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (Header q : query) {
            out.append(out.length() == 0 ? "" : ", ")
                    .append('?')
                    .append(q.name())
                    .append('=')
                    .append(q.value());
        }
        for (Header h : headers) {
            out.append(out.length() == 0 ? "" : ", ")
                    .append(h.name())
                    .append(": ")
                    .append(h.value());
        }
        if (body.kind() != BodyMatch.Kind.ANY) {
            out.append(out.length() == 0 ? "" : ", ")
                    .append(
                            switch (body.kind()) {
                                case EQUALS -> "body = " + body.value();
                                case CONTAINS -> "body contains " + body.value();
                                case JSON_PATH -> body.path() + " = " + body.value();
                                case ANY -> "";
                            });
        }
        return Objects.toString(out);
    }
}
