package dev.statuslab.cli;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The request options of the commands that send one ({@code lint}, and {@code send}): -X, -H and -d as curl
 * reads them. -d without -X makes a POST, and without a Content-Type a form.
 */
public final class RequestOptions {

    @Option(
            names = {"-X", "--request"},
            paramLabel = "METHOD",
            description = "The method (default: GET, or POST with -d).")
    String method;

    @Option(
            names = {"-H", "--header"},
            paramLabel = "'NAME: VALUE'",
            description = "A request header; repeat for more.")
    List<String> headers = new ArrayList<>();

    @Option(
            names = {"-d", "--data"},
            paramLabel = "DATA",
            description = "The request body, sent as given (UTF-8).")
    String data;

    /** The request for the URL; an option that cannot make one throws with the reason. */
    HttpRequest toRequest(String url) {
        List<Header> lines = new ArrayList<>();
        for (String h : headers) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("-H \"" + h + "\": a header is written 'Name: value'");
            }
            lines.add(new Header(
                    h.substring(0, colon).trim(), h.substring(colon + 1).trim()));
        }
        Headers fields = Headers.of(lines);
        Body body = Body.empty();
        if (data != null) {
            body = Body.of(data);
            if (!fields.has("Content-Type")) {
                fields = fields.with("Content-Type", "application/x-www-form-urlencoded");
            }
        }
        String m = method != null ? method : data != null ? "POST" : "GET";
        HttpMethod httpMethod;
        try {
            httpMethod = HttpMethod.of(m);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-X " + m + ": " + e.getMessage(), e);
        }
        return new HttpRequest(httpMethod, url, fields, body);
    }
}
