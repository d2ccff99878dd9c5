package dev.statuslab.core.scenario;

import dev.statuslab.core.http.Header;
import java.util.List;

/**
 * One answer of a mock: status, reason phrase (blank for the registry's), headers, body and a
 * delay; or a fault that breaks the connection instead (null for none).
 */
public record MockAnswer(int status, String reason, List<Header> headers, String body, long delayMillis, Fault fault) {

    public MockAnswer {
        reason = reason == null ? "" : reason;
        headers = List.copyOf(headers == null ? List.of() : headers);
        body = body == null ? "" : body;
        String problem = problem(status, reason, headers, delayMillis);
        problem = problem != null ? problem : templateProblem(body, headers);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why these values cannot make an answer, or null. */
    public static String problem(int status, String reason, List<Header> headers, long delayMillis) {
        String problem = MockRoute.statusProblem(status);
        problem = problem != null ? problem : MockRoute.reasonProblem(reason);
        for (Header h : headers) {
            problem = problem != null ? problem : MockRoute.headerProblem(h);
        }
        return problem != null ? problem : MockRoute.delayProblem(delayMillis);
    }

    /** Why the body or a header value cannot be rendered as a template, naming which and where; or null. */
    public static String templateProblem(String body, List<Header> headers) {
        String problem = MockTemplates.problem(body);
        if (problem != null) {
            return "the body's template: " + problem;
        }
        for (Header h : headers) {
            problem = MockTemplates.problem(h.value());
            if (problem != null) {
                return "the template of " + h.name() + ": " + problem;
            }
        }
        return null;
    }

    /** A well-formed answer of this status and nothing else. */
    public static MockAnswer of(int status) {
        return new MockAnswer(status, "", List.of(), "", 0, null);
    }
}
