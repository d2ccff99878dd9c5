package dev.statuslab.cli;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The request of {@code send}, from curl-like options: fields, and a body as -d, --json or --data-binary make it. */
record SendRequest(HttpRequest request) {

    static SendRequest build(
            String url, String method, List<String> fieldLines, List<String> form, String json, String binary)
            throws IOException {
        List<Header> fields = new ArrayList<>();
        for (String line : fieldLines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("-H '" + line + "' is not 'Name: value'");
            }
            fields.add(new Header(
                    line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        Body body = Body.empty();
        if (form != null) {
            List<String> parts = new ArrayList<>();
            for (String d : form) {
                // curl -d @FILE drops the file's line breaks
                parts.add(
                        d.startsWith("@")
                                ? text(d.substring(1)).replace("\r", "").replace("\n", "")
                                : d);
            }
            body = Body.of(String.join("&", parts));
            addIfMissing(fields, "Content-Type", "application/x-www-form-urlencoded");
        } else if (json != null) {
            body = Body.of(json.startsWith("@") ? text(json.substring(1)) : json);
            addIfMissing(fields, "Content-Type", "application/json");
            addIfMissing(fields, "Accept", "application/json");
        } else if (binary != null) {
            body = binary.startsWith("@") ? Body.of(bytes(binary.substring(1))) : Body.of(binary);
        }
        String m = method != null ? method : body.isEmpty() ? "GET" : "POST";
        HttpMethod httpMethod;
        try {
            httpMethod = HttpMethod.of(m);
        } catch (IllegalArgumentException e) {
            throw new IOException("-X " + m + ": " + e.getMessage(), e);
        }
        return new SendRequest(new HttpRequest(httpMethod, url, Headers.of(fields), body));
    }

    private static void addIfMissing(List<Header> fields, String name, String value) {
        if (fields.stream().noneMatch(h -> h.is(name))) {
            fields.add(new Header(name, value));
        }
    }

    private static String text(String file) throws IOException {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String file) throws IOException {
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw new IOException(file + " is a folder, not a file");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IOException("the data file " + file + " does not exist", e);
        }
    }
}
