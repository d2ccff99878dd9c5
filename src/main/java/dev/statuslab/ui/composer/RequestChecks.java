package dev.statuslab.ui.composer;

import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.core.http.Tokens;
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

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final String NEVER_IN_URL = "\"<>\\^`{|}";

    /** The first header row that cannot be sent, and why. */
    record HeaderProblem(HeaderRow row, String message) {}

    private RequestChecks() {}

    static String methodProblem(String method) {
        if (method == null || method.isEmpty()) {
            return METHOD_MISSING;
        }
        return Tokens.isToken(method) ? "" : METHOD_NOT_TOKEN;
    }

    /** Whether {@code url} is an absolute http(s) URL that can go on a request line as typed. */
    static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return URL_MISSING;
        }
        String illegal = illegalCharacter(url);
        if (!illegal.isEmpty()) {
            return illegal;
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

    private static String illegalCharacter(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            int position = i + 1;
            if (c < 0x20 || c == 0x7f) {
                return String.format("Illegal control character U+%04X at position %d", (int) c, position);
            }
            if (c == ' ' || NEVER_IN_URL.indexOf(c) >= 0) {
                return "Illegal character '" + c + "' at position " + position;
            }
            if (c > 0x7e) {
                return "Illegal character '" + new String(Character.toChars(url.codePointAt(i))) + "' at position "
                        + position + ": percent-encode it";
            }
            if (c == '%' && !FormEncoding.isEscape(url, i)) {
                return "Bad percent-encoding at position " + position + ": '%' must be followed by two hex digits";
            }
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

    /** Non-blocking advice on the body: invalid JSON, a body on GET/HEAD, text that will not be sent. */
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
        if (!body.isEmpty() && ("GET".equals(method) || "HEAD".equals(method))) {
            warnings.add("A " + method + " request body is unusual; most servers ignore it");
        }
        return String.join("\n", warnings);
    }

    /** "" for a well-formed JSON document, else where and why it breaks. */
    static String jsonProblem(String text) {
        return JsonText.problem(text);
    }
}
