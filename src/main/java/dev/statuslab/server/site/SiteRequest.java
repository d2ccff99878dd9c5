package dev.statuslab.server.site;

import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A request as the simulated site sees it (Django's {@code HttpRequest}): method, path, raw
 * query, field lines in received order, body bytes, and the peer. Parsed views of the query,
 * the cookies and a url-encoded form are computed on demand.
 */
public final class SiteRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final String protocol;
    private final Headers headers;
    private final byte[] body;
    private final String remoteAddress;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private DjangoVersion django = DjangoVersion.DEFAULT;
    private boolean bodyWithheld;

    public SiteRequest(
            String method,
            String path,
            String rawQuery,
            String protocol,
            Headers headers,
            byte[] body,
            String remoteAddress) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        this.protocol = protocol;
        this.headers = headers;
        this.body = body;
        this.remoteAddress = remoteAddress;
    }

    /** The Django release line that answers this request, fixed when the request arrives. */
    public DjangoVersion django() {
        return django;
    }

    public SiteRequest django(DjangoVersion version) {
        this.django = Objects.requireNonNull(version, "version");
        return this;
    }

    public String method() {
        return method;
    }

    public boolean isMethod(String name) {
        return method.equals(name);
    }

    /** The decoded path, always starting with '/'. */
    public String path() {
        return path;
    }

    public String rawQuery() {
        return rawQuery;
    }

    /** Path and query as Django's {@code get_full_path()}. */
    public String fullPath() {
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    public String protocol() {
        return protocol;
    }

    public Headers headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** Django's DATA_UPLOAD_MAX_MEMORY_SIZE default: 2.5 MiB. */
    public static final long DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440;
    /** Django's DATA_UPLOAD_MAX_NUMBER_FIELDS default. */
    public static final int DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000;

    /**
     * Django's {@code request.body}; raises {@code RequestDataTooBig} (a 400) when the declared
     * length was over DATA_UPLOAD_MAX_MEMORY_SIZE, in which case the body was never read.
     */
    public byte[] body() {
        if (bodyWithheld) {
            throw new SiteExceptions.BadRequest("Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.");
        }
        return body;
    }

    public String bodyText() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    /**
     * The server left the body unread because its Content-Length is over
     * DATA_UPLOAD_MAX_MEMORY_SIZE: reading {@link #body()} or {@link #form()} is then a 400, as in Django.
     */
    public SiteRequest withholdBody() {
        this.bodyWithheld = true;
        return this;
    }

    public boolean bodyWithheld() {
        return bodyWithheld;
    }

    public String remoteAddress() {
        return remoteAddress;
    }

    /** The media type of the body without parameters, lower case, or "" when absent. */
    public String contentType() {
        return header("Content-Type")
                .map(v -> v.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .orElse("");
    }

    /** The Host field without the port (Django's {@code get_host()} minus validation). */
    public String hostName() {
        String host = header("Host").orElse("");
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 ? host.substring(0, end + 1) : host;
        }
        int colon = host.lastIndexOf(':');
        return colon >= 0 ? host.substring(0, colon) : host;
    }

    public Map<String, List<String>> query() {
        return decodeForm(rawQuery);
    }

    /** Django's {@code request.POST}: the url-encoded body of a POST, otherwise empty. */
    public Map<String, List<String>> form() {
        if (!isMethod("POST") || !contentType().equals("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        String text = bodyText();
        if (fieldCount(text) > DATA_UPLOAD_MAX_NUMBER_FIELDS) {
            throw new SiteExceptions.BadRequest(
                    "The number of GET/POST parameters exceeded" + " settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.");
        }
        return decodeForm(text);
    }

    /** How Python's parse_qsl counts fields for max_num_fields: one more than the separators. */
    private static int fieldCount(String text) {
        int count = 1;
        for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
            count++;
        }
        return count;
    }

    public String formValue(String name) {
        List<String> values = form().get(name);
        return values == null || values.isEmpty() ? "" : values.get(values.size() - 1);
    }

    public Map<String, String> cookies() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : headers.all("Cookie")) {
            for (String pair : line.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
        }
        return out;
    }

    public Object attribute(String name) {
        return attributes.get(name);
    }

    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    /** Decodes application/x-www-form-urlencoded text, keeping order and repeated keys. */
    public static Map<String, List<String>> decodeForm(String text) {
        return FormEncoding.parseToMap(text);
    }

    /** Field lines as a list of name/value pairs, for echoing. */
    public List<Header> headerLines() {
        return headers.asList();
    }
}
