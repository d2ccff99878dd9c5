package dev.statuslab.server.playground;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.io.StrictText;
import dev.statuslab.core.scenario.Fault;
import dev.statuslab.server.django.ContactStore;
import dev.statuslab.server.site.ClassBasedView;
import dev.statuslab.server.site.SiteRequest;
import dev.statuslab.server.site.SiteResponse;
import dev.statuslab.server.site.View;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /redirect/{n}}, {@code /delay/{ms}}, {@code /fault/{kind}}, {@code /anything} and {@code /__reset__}. */
public final class PlaygroundViews {

    public static final int MAX_REDIRECTS = 50;
    public static final int MAX_DELAY_MS = 30_000;

    private final ContactStore store;
    private final Runnable resetMocks;

    /** @param resetMocks starts the mocks' sequences again, on {@code POST /__reset__} */
    public PlaygroundViews(ContactStore store, Runnable resetMocks) {
        this.store = store;
        this.resetMocks = resetMocks;
    }

    /** A chain of n 302s: /redirect/3 → /redirect/2 → /redirect/1 → /anything. */
    public View redirect() {
        return View.anyMethod((request, params) -> {
            int n = parse(params.get("n"));
            if (n < 1 || n > MAX_REDIRECTS) {
                return PlaygroundJson.error(400, "n must be between 1 and " + MAX_REDIRECTS);
            }
            String next = n == 1 ? "/anything" : "/redirect/" + (n - 1);
            return SiteResponse.redirect(302, next);
        });
    }

    /** Answers 200 after the given pause; the connection thread is not held meanwhile. */
    public View delay() {
        return View.anyMethod((request, params) -> {
            int ms = parse(params.get("ms"));
            if (ms < 0 || ms > MAX_DELAY_MS) {
                return PlaygroundJson.error(400, "the delay must be between 0 and " + MAX_DELAY_MS + " ms");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("delayed_ms", ms);
            out.put("method", request.method());
            out.put("url", request.fullPath());
            return PlaygroundJson.of(200, out).delayMillis(ms);
        });
    }

    /**
     * {@code /fault/<kind>}: breaks the connection as WireMock's faults do (reset, empty,
     * malformed-chunk, random-then-close, short-body), or trickles a body ({@code ?bps=N}).
     */
    public View fault() {
        return View.anyMethod((request, params) -> {
            Optional<Fault> fault = Fault.byId(params.get("kind"));
            if (fault.isEmpty()) {
                return PlaygroundJson.error(404, "no fault named '" + params.get("kind") + "'; known: " + Fault.ids());
            }
            List<String> bps = request.query().getOrDefault("bps", List.of());
            int rate = Fault.DEFAULT_BPS;
            if (!bps.isEmpty()) {
                rate = bps.get(0).matches("\\d{1,7}") ? Integer.parseInt(bps.get(0)) : -1;
                if (rate < Fault.MIN_BPS || rate > Fault.MAX_BPS) {
                    return PlaygroundJson.error(
                            400, "bps must be a whole number between " + Fault.MIN_BPS + " and " + Fault.MAX_BPS);
                }
            }
            return new SiteResponse(200).fault(fault.get(), rate);
        });
    }

    /** Echoes the request as JSON: method, path, query, field lines in order and case, body. */
    public View anything() {
        return View.anyMethod((request, params) -> PlaygroundJson.of(200, echo(request)));
    }

    /** {@code POST /__reset__}: restores the seeded ContactMessage table and starts the mocks' sequences again. */
    public View reset() {
        return View.csrfExempt((request, params) -> {
            if (!request.isMethod("POST")) {
                return ClassBasedView.notAllowed("POST");
            }
            store.reset();
            resetMocks.run();
            return PlaygroundJson.of(200, Map.of("reset", true, "messages", store.size()));
        });
    }

    static Map<String, Object> echo(SiteRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", request.method());
        out.put("url", request.fullPath());
        out.put("path", request.path());
        out.put("args", request.query());
        List<Map<String, String>> headers = new ArrayList<>();
        for (Header h : request.headerLines()) {
            headers.add(Map.of("name", h.name(), "value", h.value()));
        }
        out.put("headers", headers);
        byte[] body = request.body();
        String text = utf8(body);
        if (text != null) {
            out.put("data", text);
        } else {
            out.put("data_base64", Base64.getEncoder().encodeToString(body));
        }
        if (request.contentType().equals("application/x-www-form-urlencoded") && text != null) {
            out.put("form", SiteRequest.decodeForm(text));
        }
        if (request.contentType().equals("application/json") && text != null && !text.isBlank()) {
            try {
                out.put("json", PlaygroundJson.MAPPER.readTree(text));
            } catch (JsonProcessingException e) {
                out.put("json_error", "invalid JSON: " + e.getOriginalMessage());
            }
        }
        out.put("origin", request.remoteAddress());
        return out;
    }

    private static String utf8(byte[] bytes) {
        return StrictText.decode(bytes, StandardCharsets.UTF_8);
    }

    private static int parse(String digits) {
        if (digits.length() > 9) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(digits);
    }
}
