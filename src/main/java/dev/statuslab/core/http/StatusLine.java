package dev.statuslab.core.http;

import java.util.Objects;

/** A status line exactly as received: protocol version, code and reason phrase (possibly empty). */
public record StatusLine(String version, int code, String reason) {

    public StatusLine {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(reason, "reason");
        if (code < 100 || code > 999) {
            throw new IllegalArgumentException("status code must have three digits: " + code);
        }
    }

    /** Parses {@code HTTP/1.1 201 Created}; the reason may be empty or contain spaces. */
    public static StatusLine parse(String line) {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || parts[1].length() != 3) {
            throw new IllegalArgumentException("not a status line: \"" + line + "\"");
        }
        int code;
        try {
            code = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a status code: \"" + parts[1] + "\"", e);
        }
        return new StatusLine(parts[0], code, parts.length == 3 ? parts[2] : "");
    }

    /** {@code HTTP/1.1 201 Created}; {@code HTTP/2 201}, since HTTP/2 and later carry no reason phrase. */
    @Override
    public String toString() {
        return reason.isEmpty() && !version.startsWith("HTTP/1")
                ? version + " " + code
                : version + " " + code + " " + reason;
    }
}
