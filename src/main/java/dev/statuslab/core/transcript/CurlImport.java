package dev.statuslab.core.transcript;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Paste a curl command": a curl command line becomes the request it would send: the method
 * ({@code -X}, {@code -I}, {@code -G}, or POST when there is data), the URL, headers ({@code -H},
 * {@code -A}, {@code -e}), the body ({@code -d}, {@code --data-raw}, {@code --data-binary},
 * {@code --data-urlencode}, {@code --json}), {@code -u} as a Basic Authorization and {@code -b} as
 * a Cookie field, with the Content-Type curl would add. Options that only change curl's output are
 * understood; everything else (reading files, following redirects, TLS options, unknown options) is
 * named in the notes, never dropped silently. A command that is not curl, has no URL or an
 * unclosed quote is refused with the reason.
 */
public final class CurlImport {

    /** The request, and what of the command it does not carry. */
    public record Imported(HttpRequest request, List<String> notes) {}

    /** Options that only change what curl prints or how it retries: nothing to carry over. */
    private static final Set<String> OUTPUT_ONLY = Set.of(
            "-i",
            "--include",
            "-s",
            "--silent",
            "-S",
            "--show-error",
            "-v",
            "--verbose",
            "-g",
            "--globoff",
            "--path-as-is",
            "-#",
            "--progress-bar",
            "--no-progress-meter",
            "-f",
            "--fail",
            "--fail-with-body",
            "-N",
            "--no-buffer");

    private static final Set<String> OUTPUT_WITH_VALUE = Set.of(
            "-o", "--output", "-w", "--write-out", "-D", "--dump-header", "--stderr", "--trace", "--trace-ascii");
    /** Short options that take a value (the value may be glued: {@code -XPOST}). */
    private static final String SHORT_WITH_VALUE = "XHduAebwoDmF";

    private final List<String> notes = new ArrayList<>();
    private final List<Header> headers = new ArrayList<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private final List<String> data = new ArrayList<>();
    private String method;
    private String url;
    private boolean head;
    private boolean get;
    private boolean json;

    private CurlImport() {}

    public static Imported parse(String commandLine) {
        List<String> words = CurlWords.split(commandLine.strip().replaceFirst("^\\$\\s+", ""));
        if (words.isEmpty() || !(words.get(0).equals("curl") || words.get(0).endsWith("/curl"))) {
            throw new IllegalArgumentException("not a curl command: it must start with \"curl\"");
        }
        CurlImport c = new CurlImport();
        c.read(words);
        return c.result();
    }

    private void read(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.matches("[|;&<>]+")) {
                notes.add("everything from \"" + w + "\" on is shell syntax, not part of the curl command, and was"
                        + " left out");
                return;
            }
            if (!w.startsWith("-") || w.equals("-")) {
                setUrl(w);
                continue;
            }
            if (w.startsWith("--") || w.length() == 2) {
                i = option(w, null, words, i);
                continue;
            }
            // -sSL, -XPOST, -sXPOST: flags until one that takes a value, which takes the rest (or the next word)
            for (int k = 1; k < w.length(); k++) {
                String flag = "-" + w.charAt(k);
                if (SHORT_WITH_VALUE.indexOf(w.charAt(k)) >= 0) {
                    String rest = w.substring(k + 1);
                    i = rest.isEmpty() ? option(flag, null, words, i) : option(flag, rest, words, i);
                    break;
                }
                option(flag, null, words, i);
            }
        }
    }

    /** Handles one option; returns the index of the last word it used. */
    private int option(String name, String glued, List<String> words, int i) {
        if (OUTPUT_ONLY.contains(name)) {
            return i;
        }
        boolean takesValue = OUTPUT_WITH_VALUE.contains(name) || takesValue(name);
        String value = glued;
        int last = i;
        if (takesValue && value == null) {
            if (i + 1 >= words.size()) {
                throw new IllegalArgumentException("the option " + name + " needs a value");
            }
            value = words.get(i + 1);
            last = i + 1;
        }
        if (OUTPUT_WITH_VALUE.contains(name)) {
            return last;
        }
        switch (name) {
            case "-X", "--request" -> method = value;
            case "-H", "--header" -> header(value);
            case "-A", "--user-agent" -> headers.add(new Header("User-Agent", value));
            case "-e", "--referer" -> headers.add(new Header("Referer", value));
            case "-u", "--user" ->
                headers.add(new Header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
            case "-b", "--cookie" -> cookie(value);
            case "-d", "--data", "--data-ascii" -> data(name, value);
            case "--data-raw" -> data.add(value);
            case "--data-binary" -> data(name, value);
            case "--data-urlencode" -> data.add(urlencoded(value));
            case "--json" -> {
                json = true;
                data(name, value);
            }
            case "-I", "--head" -> head = true;
            case "-G", "--get" -> get = true;
            case "--url" -> setUrl(value);
            case "-L", "--location" ->
                notes.add(name + ": StatusLab never follows redirects on its own; use" + " Follow redirect");
            case "--compressed" ->
                notes.add(name + ": responses are not decompressed, so no Accept-Encoding was" + " added");
            case "-k", "--insecure" -> notes.add(name + ": TLS options do not apply (plain HTTP)");
            case "-m", "--max-time", "--connect-timeout" ->
                notes.add(name + " " + value + ": the app's own timeouts apply");
            default -> notes.add("the option " + name + " is not supported and was left out");
        }
        return last;
    }

    private static boolean takesValue(String name) {
        return switch (name) {
            case "-X",
                    "--request",
                    "-H",
                    "--header",
                    "-A",
                    "--user-agent",
                    "-e",
                    "--referer",
                    "-u",
                    "--user",
                    "-b",
                    "--cookie",
                    "-d",
                    "--data",
                    "--data-ascii",
                    "--data-raw",
                    "--data-binary",
                    "--data-urlencode",
                    "--json",
                    "--url",
                    "-m",
                    "--max-time",
                    "--connect-timeout",
                    "-F",
                    "--form" -> true;
            default -> false;
        };
    }

    private void setUrl(String value) {
        if (url != null) {
            notes.add("only the first URL is used; " + value + " was left out");
            return;
        }
        // "{{simulator}}/…" or "{{base}}/…" stays as written: the variable holds the scheme.
        url = value.contains("://") || value.startsWith("{{") ? value : "http://" + value;
    }

    private void header(String line) {
        int colon = line.indexOf(':');
        if (colon < 0 && line.endsWith(";")) {
            headers.add(new Header(line.substring(0, line.length() - 1).trim(), "")); // "Name;" sends it empty
        } else if (colon < 0) {
            notes.add("-H \"" + line + "\" is not a header line (Name: value) and was left out");
        } else if (line.substring(colon + 1).isBlank()) {
            removed.add(line.substring(0, colon).trim().toLowerCase(Locale.ROOT)); // "Name:" removes curl's own
        } else {
            headers.add(new Header(
                    line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
    }

    private void cookie(String value) {
        if (value.contains("=")) {
            headers.add(new Header("Cookie", value));
        } else {
            notes.add("-b " + value + ": reading cookies from a file is not supported; the cookie jar keeps them");
        }
    }

    private void data(String option, String value) {
        if (value.startsWith("@")) {
            notes.add(option + " " + value + ": reading the body from a file or stdin is not supported; the body"
                    + " is left empty");
            return;
        }
        data.add(value);
    }

    private String urlencoded(String value) {
        int eq = value.indexOf('=');
        int at = value.indexOf('@');
        if (at >= 0 && (eq < 0 || at < eq)) {
            notes.add("--data-urlencode " + value + ": reading the content from a file is not supported");
            return "";
        }
        if (eq < 0) {
            return FormEncoding.encodeFormComponent(value);
        }
        String name = value.substring(0, eq);
        String content = FormEncoding.encodeFormComponent(value.substring(eq + 1));
        return name.isEmpty() ? content : name + "=" + content;
    }

    private Imported result() {
        if (url == null) {
            throw new IllegalArgumentException("the curl command has no URL");
        }
        String body = String.join(json ? "" : "&", data);
        String target = url;
        if (get && !data.isEmpty()) {
            target = url + (url.contains("?") ? "&" : "?") + body;
            body = "";
        }
        String m =
                method != null ? method : head ? "HEAD" : !body.isEmpty() || !data.isEmpty() && !get ? "POST" : "GET";
        List<Header> lines = new ArrayList<>();
        for (Header h : headers) {
            if (!removed.contains(h.name().toLowerCase(Locale.ROOT))) {
                lines.add(h);
            }
        }
        Headers result = Headers.of(lines);
        if (!data.isEmpty() && !get && !result.has("Content-Type") && !removed.contains("content-type")) {
            result = result.with("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
        }
        if (json && !result.has("Accept") && !removed.contains("accept")) {
            result = result.with("Accept", "application/json");
        }
        HttpMethod parsed;
        try {
            parsed = HttpMethod.of(m);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-X " + m + ": not a method token");
        }
        return new Imported(new HttpRequest(parsed, target, result, Body.of(body)), List.copyOf(notes));
    }
}
