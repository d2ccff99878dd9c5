package dev.statuslab.ui.composer;

import dev.statuslab.core.http.Tokens;
import dev.statuslab.core.http.UrlEncoding;
import dev.statuslab.core.json.JsonText;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.ui.common.HeaderRow;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The composer's checks, as pure functions of the draft. Each answers "" when all is well, or one
 * sentence a user can act on. Positions in messages count from 1.
 */
final class RequestChecks {

    static final String METHOD_NOT_TOKEN = "Method must be a token: letters, digits and !#$%&'*+-.^_`|~";
    static final String METHOD_MISSING = "Enter a method, e.g. GET";
    static final String URL_MISSING = "Enter a URL, e.g. http://127.0.0.1:8000/simple/";
    static final String URL_NO_SCHEME = "Not a URL: missing scheme (http://…)";

    /** Something before "://" that is not a scheme: letters first, then letters, digits, + - . */
    private static final Pattern BAD_SCHEME = Pattern.compile("^([^/?#]*?)://");

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    /** The first header row that cannot be sent, and why. */
    record HeaderProblem(HeaderRow row, String message) {}

    private RequestChecks() {}

    static String methodProblem(String method) {
        if (method == null || method.isEmpty()) {
            return METHOD_MISSING;
        }
        return Tokens.isToken(method) ? "" : METHOD_NOT_TOKEN;
    }

    /**
     * Whether {@code typed} is an absolute http(s) URL. It is judged as it will be sent: with what
     * cannot stand in a URL percent-encoded ({@link UrlEncoding}), so a space is no error.
     */
    static String urlProblem(String typed) {
        if (typed == null || typed.isBlank()) {
            return URL_MISSING;
        }
        String url = UrlEncoding.encodeTyped(typed);
        Matcher bad = BAD_SCHEME.matcher(url);
        if (bad.find() && !bad.group(1).isEmpty() && !SCHEME.matcher(url).find()) {
            return "Invalid scheme '" + bad.group(1)
                    + "': a scheme is a letter, then letters, digits, + - or . (use http:// or https://)";
        }
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.find() || url.substring(scheme.end()).matches("\\d.*")) {
            return URL_NO_SCHEME; // "localhost:8000/x" is a host and port, not a scheme
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (!name.equals("http") && !name.equals("https")) {
            return "Unsupported scheme '" + scheme.group(1) + "': use http:// or https://";
        }
        String rest = url.substring(scheme.end());
        if (!rest.startsWith("//")) {
            return "Not a URL: expected // after '" + scheme.group() + "'";
        }
        String authority = rest.substring(2).split("[/?#]", 2)[0];
        if (authority.isEmpty()) {
            return "Not a URL: missing host";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "Not a URL: " + e.getReason() + (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : "");
        }
        if (uri.getHost() == null) {
            return "Not a URL: invalid host or port in '" + authority + "'";
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return "Port must be between 1 and 65535, got " + uri.getPort();
        }
        return "";
    }

    /** The first enabled, non-blank header row that cannot go on the wire, naming it by its place (from 1). */
    static HeaderProblem headerProblem(List<HeaderRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            HeaderRow row = rows.get(i);
            if (!row.isActive()) {
                continue;
            }
            String where = "Header row " + (i + 1) + (row.getName().isEmpty() ? "" : " (" + row.getName() + ")");
            if (row.getName().isEmpty()) {
                return new HeaderProblem(row, where + ": the name is empty");
            }
            if (!Tokens.isToken(row.getName())) {
                return new HeaderProblem(
                        row,
                        "Header row " + (i + 1) + ": '" + row.getName()
                                + "' is not a valid name (letters, digits and !#$%&'*+-.^_`|~ only)");
            }
            String valueProblem = Tokens.fieldValueProblem(row.getValue());
            if (valueProblem != null) {
                return new HeaderProblem(row, where + ": " + valueProblem);
            }
        }
        return null;
    }

    /** Non-blocking advice on the body: invalid JSON, text that will not be sent (a body on GET/HEAD: BodyOnGet). */
    static String bodyWarning(String method, BodyKind kind, String text) {
        String body = text == null ? "" : text;
        List<String> warnings = new ArrayList<>();
        if (kind == null || kind == BodyKind.NONE) {
            if (!body.isEmpty()) {
                warnings.add("The body type is none: this text is not sent");
            }
            return String.join("\n", warnings);
        }
        if (kind == BodyKind.JSON && !body.isBlank()) {
            String json = jsonProblem(body);
            if (!json.isEmpty()) {
                warnings.add(json);
            }
        }
        return String.join("\n", warnings);
    }

    /** "" for a well-formed JSON document, else where and why it breaks. */
    static String jsonProblem(String text) {
        return JsonText.problem(text);
    }
}
