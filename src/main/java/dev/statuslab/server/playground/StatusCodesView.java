package dev.statuslab.server.playground;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.status.HeaderRule;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import dev.statuslab.server.site.SiteRequest;
import dev.statuslab.server.site.SiteResponse;
import dev.statuslab.server.site.View;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * {@code ANY /status/{code}}: answers with that code, the headers the knowledge base says it
 * requires or recommends (with their example values), and a short explanation as the body where
 * the code allows one. A 1xx is sent as an interim response before a final 200. A list such as
 * {@code 200,500} picks one at random; {@code 200:3,500:1} picks by weight.
 */
public final class StatusCodesView implements View {

    private final StatusCatalog catalog;
    private final RandomGenerator random;

    public StatusCodesView(StatusCatalog catalog, RandomGenerator random) {
        this.catalog = catalog;
        this.random = random;
    }

    @Override
    public SiteResponse handle(SiteRequest request, Map<String, String> params) {
        WeightedCodes codes;
        try {
            codes = WeightedCodes.parse(params.get("codes"));
        } catch (IllegalArgumentException e) {
            return PlaygroundJson.error(400, e.getMessage());
        }
        int code = codes.pick(random);
        return respond(code, request);
    }

    SiteResponse respond(int code, SiteRequest request) {
        String method = request.method();
        StatusInfo info = catalog.describe(code);
        if (code < 200) {
            return interimThenOk(info, request.header("Expect").isPresent());
        }
        Prepared prepared = prepared(code, info);
        // Unregistered codes get the server's default phrase (Django's "Unknown Status Code").
        SiteResponse response = new SiteResponse(code).reason(info.registered() ? info.reason() : null);
        for (HeaderRule rule : prepared.headers()) {
            addHeader(response, rule, method);
        }
        if (!info.bodyAllowed()) {
            return response;
        }
        byte[] text = prepared.body();
        if (code == 206) {
            int half = text.length / 2;
            response.setHeader("Content-Range", "bytes 0-" + (half - 1) + "/" + text.length);
            byte[] part = new byte[half];
            System.arraycopy(text, 0, part, 0, half);
            text = part;
        } else if (code == 416) {
            response.setHeader("Content-Range", "bytes */" + text.length);
        }
        return response.header("Content-Type", SiteResponse.TEXT).body(text);
    }

    /** What an answer with a given code always carries, worked out once per code. */
    private record Prepared(List<HeaderRule> headers, byte[] body) {}

    private final Prepared[] prepared = new Prepared[600];

    private Prepared prepared(int code, StatusInfo info) {
        Prepared p = prepared[code];
        if (p == null) {
            List<HeaderRule> rules = new ArrayList<>(info.headersAt(HeaderRule.Level.REQUIRED));
            rules.addAll(info.headersAt(HeaderRule.Level.RECOMMENDED));
            p = new Prepared(List.copyOf(rules), explanation(info).getBytes(StandardCharsets.UTF_8));
            prepared[code] = p; // a benign race: every thread computes the same value
        }
        return p;
    }

    private void addHeader(SiteResponse response, HeaderRule rule, String method) {
        if (rule.example() == null || rule.name().equalsIgnoreCase("Content-Range")) {
            return;
        }
        String value = rule.example();
        if (rule.name().equalsIgnoreCase("Allow")) {
            value = method.equals("GET") || method.equals("HEAD") ? "POST, OPTIONS" : "GET, HEAD, OPTIONS";
        }
        if (rule.name().equalsIgnoreCase("Upgrade") && !response.hasHeader("Connection")) {
            response.header("Connection", "upgrade");
        }
        if (!response.hasHeader(rule.name())) {
            response.header(rule.name(), value);
        }
    }

    private SiteResponse interimThenOk(StatusInfo info, boolean clientExpectsContinue) {
        String note;
        SiteResponse response = new SiteResponse(200);
        if (info.code() == 100) {
            note = clientExpectsContinue
                    ? "The server sent 100 Continue when it began reading your body, because you asked with"
                            + " Expect: 100-continue. This 200 is the final response."
                    : "100 Continue is only sent to a client that asks for it with Expect: 100-continue and"
                            + " a body. Send POST /status/100 with that header and a body to see it.";
        } else if (info.code() == 101) {
            note = "101 Switching Protocols is only sent in answer to a request that asks for an Upgrade,"
                    + " and the connection then speaks another protocol. The simulator does not switch"
                    + " protocols, so it answers with this final 200 instead.";
        } else {
            List<Header> headers = info.headersAt(HeaderRule.Level.REQUIRED).stream()
                    .filter(r -> r.example() != null)
                    .map(r -> new Header(r.name(), r.example()))
                    .toList();
            if (info.code() == 103) {
                headers = info.headers().stream()
                        .filter(r -> r.example() != null && r.level() != HeaderRule.Level.FORBIDDEN)
                        .map(r -> new Header(r.name(), r.example()))
                        .toList();
            }
            response.interim(info.code(), headers);
            note = "An interim " + info.code() + " " + info.reason() + " was sent before this response."
                    + " A 1xx is never a final response, so the exchange ends with this 200.";
        }
        String body = info.code() + " " + info.reason() + "\n\n" + info.meaning() + "\n\n" + note + "\n";
        return response.header("Content-Type", SiteResponse.TEXT).body(body);
    }

    private static String explanation(StatusInfo info) {
        return info.code() + " " + info.reason() + "\n\n" + info.meaning() + "\n\n"
                + "Sent on purpose by StatusLab's playground (" + info.rfc() + ", section " + info.section() + ").\n";
    }
}
