package dev.statuslab.core.lint;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a response from the bytes that came over the connection, tolerantly: what cannot be parsed (garbage,
 * a head cut short, broken chunks, a field line without a colon) becomes a finding, never an exception, and
 * the bytes that followed the head are counted so the framing rules can compare them with Content-Length.
 */
final class RawResponses {

    /** The response, when one could be read, and what was wrong with its bytes. */
    record Parsed(Subject subject, List<Finding> findings) {}

    private RawResponses() {}

    static Parsed parse(byte[] raw, String method, String scheme, Headers requestHeaders, RuleBook book) {
        List<Finding> findings = new ArrayList<>();
        int pos = 0;
        while (true) {
            int end = headEnd(raw, pos);
            if (end < 0) {
                if (startsWith(raw, pos, "HTTP/")) {
                    findings.add(new Finding(
                            book.rule(FramingRules.INCOMPLETE),
                            "the head ends after " + (raw.length - pos)
                                    + " bytes, before the empty line that closes it"));
                } else {
                    findings.add(unparsable(raw, pos, book));
                }
                return new Parsed(null, findings);
            }
            String head = new String(raw, pos, end - pos, StandardCharsets.ISO_8859_1);
            int bodyStart = end + (raw[end] == '\r' ? 4 : 2);
            String[] lines = head.split("\r?\n", -1);
            StatusLine status;
            try {
                status = StatusLine.parse(lines[0]);
                if (!status.version().matches("HTTP/\\d\\.\\d")) {
                    throw new IllegalArgumentException("unknown protocol version " + status.version());
                }
            } catch (IllegalArgumentException e) {
                findings.add(unparsable(raw, pos, book));
                return new Parsed(null, findings);
            }
            Headers headers = fields(lines, findings, book);
            int code = status.code();
            if (code >= 100 && code < 200) {
                pos = bodyStart; // an interim response: the final one follows
                continue;
            }
            return new Parsed(
                    body(raw, bodyStart, method, scheme, requestHeaders, status, headers, findings, book), findings);
        }
    }

    private static Headers fields(String[] lines, List<Finding> findings, RuleBook book) {
        List<Header> fields = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(" ") || line.startsWith("\t")) {
                findings.add(new Finding(
                        book.rule(FieldRules.VALUE),
                        "line " + (i + 1) + " continues the previous field (obsolete line folding)"));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                findings.add(new Finding(
                        book.rule(FieldRules.NAME),
                        "line " + (i + 1) + " " + Syntax.quote(line) + " has no colon: it is not a field line"));
                continue;
            }
            fields.add(new Header(
                    line.substring(0, colon), line.substring(colon + 1).trim()));
        }
        return Headers.of(fields);
    }

    private static Subject body(
            byte[] raw,
            int start,
            String method,
            String scheme,
            Headers requestHeaders,
            StatusLine status,
            Headers headers,
            List<Finding> findings,
            RuleBook book) {
        int remaining = raw.length - start;
        boolean noContent = "HEAD".equalsIgnoreCase(method) || status.code() == 204 || status.code() == 304;
        byte[] body;
        long wire = remaining;
        String te = String.join(",", headers.all("Transfer-Encoding"))
                .toLowerCase(Locale.ROOT)
                .trim();
        if (noContent) {
            body = new byte[0];
        } else if (te.endsWith("chunked")) {
            body = dechunk(raw, start, findings, book);
            wire = -1; // framed by the chunks
        } else {
            long declared = headers.first("Content-Length")
                    .map(String::trim)
                    .filter(Syntax::isDigits)
                    .filter(v -> v.length() < 18)
                    .map(Long::parseLong)
                    .orElse(-1L);
            int length = declared < 0 ? remaining : (int) Math.min(remaining, declared);
            body = Arrays.copyOfRange(raw, start, start + length);
        }
        long size = body.length;
        if (body.length > Subject.SAMPLE) {
            body = Arrays.copyOf(body, Subject.SAMPLE);
        }
        return new Subject(method, scheme, requestHeaders, status, headers, body, size, wire);
    }

    private static byte[] dechunk(byte[] raw, int start, List<Finding> findings, RuleBook book) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = start;
        while (true) {
            int eol = lineEnd(raw, pos);
            if (eol < 0) {
                findings.add(new Finding(
                        book.rule(FramingRules.INCOMPLETE),
                        "the chunked content ends after " + out.size() + " bytes, without its last chunk"));
                return out.toByteArray();
            }
            String sizeLine = new String(raw, pos, eol - pos, StandardCharsets.ISO_8859_1).split(";", 2)[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeLine, 16);
            } catch (NumberFormatException e) {
                findings.add(new Finding(
                        book.rule(FramingRules.INCOMPLETE),
                        "chunk size " + Syntax.quote(sizeLine) + " is not a hexadecimal number"));
                return out.toByteArray();
            }
            pos = eol + (raw[eol] == '\r' ? 2 : 1);
            if (size == 0) {
                return out.toByteArray();
            }
            if (size < 0 || raw.length - pos < size) {
                findings.add(new Finding(
                        book.rule(FramingRules.INCOMPLETE),
                        "a chunk of " + size + " bytes ends early, after " + out.size() + " bytes of content"));
                out.write(raw, pos, Math.max(0, Math.min(size, raw.length - pos)));
                return out.toByteArray();
            }
            out.write(raw, pos, size);
            pos += size;
            if (pos < raw.length && raw[pos] == '\r') {
                pos++;
            }
            if (pos < raw.length && raw[pos] == '\n') {
                pos++;
            }
        }
    }

    private static Finding unparsable(byte[] raw, int pos, RuleBook book) {
        int n = Math.min(raw.length - pos, 40);
        StringBuilder shown = new StringBuilder();
        for (int i = pos; i < pos + n; i++) {
            int c = raw[i] & 0xFF;
            if (c == '\r' || c == '\n') {
                break;
            }
            shown.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        String what = raw.length == pos
                ? "the connection closed without a response"
                : "the bytes do not start with a status line such as \"HTTP/1.1 200 OK\": \"" + shown + "\"";
        return new Finding(book.rule(FramingRules.UNPARSABLE), what);
    }

    /** The index of the empty line's start (CRLFCRLF or LFLF) after pos, or -1. */
    private static int headEnd(byte[] b, int from) {
        for (int i = from; i < b.length - 1; i++) {
            if (b[i] == '\n' && b[i + 1] == '\n') {
                return i;
            }
            if (i < b.length - 3 && b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i > from && b[i - 1] == '\r' ? i - 1 : i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int from, String s) {
        if (b.length - from < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
