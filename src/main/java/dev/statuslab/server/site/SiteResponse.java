package dev.statuslab.server.site;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.Fault;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A response as a view and the middleware build it (Django's {@code HttpResponse}): status, an
 * optional reason phrase, ordered field lines, body bytes, and interim responses to send first.
 */
public final class SiteResponse {

    /** Django's default for {@code HttpResponse}. */
    public static final String HTML = "text/html; charset=utf-8";

    public static final String JSON = "application/json";
    public static final String TEXT = "text/plain; charset=utf-8";

    /** A 1xx response to write before the final one. */
    public record Interim(int status, List<Header> headers) {}

    private int status;
    private String reason;
    private final List<Header> headers = new ArrayList<>();
    private final List<Interim> interim = new ArrayList<>();
    private byte[] body = new byte[0];
    private long delayMillis;
    private Fault fault;
    private int faultBytesPerSecond = Fault.DEFAULT_BPS;

    public SiteResponse(int status) {
        this.status = status;
    }

    /** {@code HttpResponse(content, status=...)}: text/html; charset=utf-8 like Django. */
    public static SiteResponse html(int status, String content) {
        return new SiteResponse(status).header("Content-Type", HTML).body(content);
    }

    public static SiteResponse json(int status, String json) {
        return new SiteResponse(status).header("Content-Type", JSON).body(json);
    }

    public static SiteResponse text(int status, String text) {
        return new SiteResponse(status).header("Content-Type", TEXT).body(text);
    }

    /** {@code HttpResponseRedirect}: an empty text/html body and a Location. */
    public static SiteResponse redirect(int status, String location) {
        return html(status, "").header("Location", location);
    }

    public int status() {
        return status;
    }

    public SiteResponse status(int newStatus) {
        this.status = newStatus;
        return this;
    }

    /** The reason phrase to send, or null for the registry's phrase. */
    public String reason() {
        return reason;
    }

    public SiteResponse reason(String newReason) {
        this.reason = newReason;
        return this;
    }

    public SiteResponse header(String name, String value) {
        headers.add(new Header(name, value));
        return this;
    }

    /** Sets a field, replacing any lines of that name (Django's {@code response[name] = value}). */
    public SiteResponse setHeader(String name, String value) {
        int at = -1;
        for (int i = headers.size() - 1; i >= 0; i--) {
            if (headers.get(i).is(name)) {
                headers.remove(i);
                at = i;
            }
        }
        Header line = new Header(name, value);
        if (at >= 0) {
            headers.add(at, line);
        } else {
            headers.add(line);
        }
        return this;
    }

    public SiteResponse removeHeader(String name) {
        headers.removeIf(h -> h.is(name));
        return this;
    }

    public boolean hasHeader(String name) {
        return headers.stream().anyMatch(h -> h.is(name));
    }

    public String headerValue(String name) {
        return headers.stream()
                .filter(h -> h.is(name))
                .map(Header::value)
                .findFirst()
                .orElse(null);
    }

    public List<Header> headers() {
        return Collections.unmodifiableList(headers);
    }

    public SiteResponse body(String text) {
        this.body = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    public SiteResponse body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    public byte[] body() {
        return body;
    }

    /** Holds the response back this long before it is written (the connection thread is not held). */
    public SiteResponse delayMillis(long millis) {
        this.delayMillis = millis;
        return this;
    }

    public long delayMillis() {
        return delayMillis;
    }

    /** Breaks the connection as {@code kind} says instead of sending this response (after its delay). */
    public SiteResponse fault(Fault kind, int bytesPerSecond) {
        this.fault = kind;
        this.faultBytesPerSecond = bytesPerSecond;
        return this;
    }

    /** The fault to perform, or null for a well-formed answer. */
    public Fault fault() {
        return fault;
    }

    /** For {@link Fault#TRICKLE}: how many body bytes a second. */
    public int faultBytesPerSecond() {
        return faultBytesPerSecond;
    }

    public SiteResponse interim(int interimStatus, List<Header> interimHeaders) {
        interim.add(new Interim(interimStatus, List.copyOf(interimHeaders)));
        return this;
    }

    public List<Interim> interim() {
        return Collections.unmodifiableList(interim);
    }

    /** Django's {@code patch_vary_headers}: adds names to Vary without repeating one. */
    public SiteResponse patchVary(String name) {
        String current = headerValue("Vary");
        if (current == null || current.isBlank()) {
            return setHeader("Vary", name);
        }
        for (String part : current.split(",")) {
            if (part.trim().equalsIgnoreCase(name)) {
                return this;
            }
        }
        return setHeader("Vary", current + ", " + name);
    }
}
