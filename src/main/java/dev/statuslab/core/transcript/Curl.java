package dev.statuslab.core.transcript;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HttpRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * "Copy as curl": a command line for a POSIX shell that sends the same request. Every argument
 * is single-quoted ({@code '} written as {@code '\''}). A text body goes in {@code --data-raw};
 * a binary one is piped in from {@code printf} with octal escapes, or read from its file when it
 * lives on disk. curl's own User-Agent and Accept fields are left as curl sends them.
 */
public final class Curl {

    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.\\.?(/|$)");

    private Curl() {}

    /** The command for {@code r}, on one line. */
    public static String command(HttpRequest r) {
        String method = r.method().name();
        Body body = method.equals("HEAD") ? Body.empty() : r.body();
        BodyForm form = form(body);
        StringBuilder out = new StringBuilder();
        if (form == BodyForm.PIPED) {
            out.append("printf '").append(printfEscaped(body.bytes())).append("' | ");
        }
        out.append(method.equals("HEAD") ? "curl -I" : "curl -i");
        boolean inferred = method.equals("HEAD")
                || method.equals("GET") && body.isEmpty()
                || method.equals("POST") && !body.isEmpty();
        if (!inferred) {
            out.append(" -X ").append(quote(method));
        }
        String url = r.url();
        if (url.matches(".*[\\[\\]{}].*")) {
            out.append(" -g"); // no URL globbing: brackets and braces are literal
        }
        if (DOT_SEGMENT.matcher(path(url)).find()) {
            out.append(" --path-as-is"); // send /./ and /../ as written
        }
        out.append(' ').append(quote(url));
        for (Header h : r.headers()) {
            if (h.is("Host") && h.value().equalsIgnoreCase(authority(url))
                    || h.is("Content-Length")
                            && !body.isEmpty()
                            && h.value().trim().equals(Long.toString(body.size()))) {
                continue; // curl writes the same line itself
            }
            // "Name:" would make curl drop the field; "Name;" sends it with an empty value.
            String line = h.value().isEmpty() ? h.name() + ";" : h.name() + ": " + h.value();
            out.append(" -H ").append(quote(line));
        }
        if (!body.isEmpty() && !r.headers().has("Content-Type")) {
            out.append(" -H 'Content-Type:'"); // curl would otherwise add a form type
        }
        switch (form) {
            case TEXT -> out.append(" --data-raw ").append(quote(body.text()));
            case PIPED -> out.append(" --data-binary @-");
            case FILE ->
                out.append(" --data-binary @")
                        .append(quote(body.file().orElseThrow().toString()));
            default -> {}
        }
        return out.toString();
    }

    /** {@code s} as one single-quoted shell word. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private enum BodyForm {
        NONE,
        TEXT,
        PIPED,
        FILE
    }

    private static BodyForm form(Body body) {
        if (body.isEmpty()) {
            return BodyForm.NONE;
        }
        if (!body.inMemory()) {
            return BodyForm.FILE;
        }
        return TextBodies.isText(body.bytes()) ? BodyForm.TEXT : BodyForm.PIPED;
    }

    /** A printf format that prints exactly {@code bytes}, to sit inside single quotes. */
    private static String printfEscaped(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte value : bytes) {
            int b = value & 0xff;
            if (b == '\\') {
                sb.append("\\\\");
            } else if (b == '%') {
                sb.append("%%");
            } else if (b == '\'') {
                sb.append("'\\''");
            } else if (b >= 0x20 && b < 0x7f) {
                sb.append((char) b);
            } else {
                sb.append('\\').append(String.format("%03o", b));
            }
        }
        return sb.toString();
    }

    private static String path(String url) {
        try {
            String p = new URI(url).getRawPath();
            return p == null ? "" : p;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String authority(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() == null ? "" : HttpRequest.hostField(uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
