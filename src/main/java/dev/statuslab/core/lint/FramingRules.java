package dev.statuslab.core.lint;

import dev.statuslab.core.http.Headers;
import java.util.List;

/**
 * Message framing (RFC 9112 §6): Content-Length against the bytes that followed, Transfer-Encoding beside
 * Content-Length, chunked in an HTTP/1.0 message, a body delimited only by closing the connection. A
 * response that cannot be parsed at all is reported by {@link RawResponses}.
 */
final class FramingRules implements RuleSet {

    static final String UNPARSABLE = "framing.unparsable";
    static final String INCOMPLETE = "framing.incomplete";
    static final String CONTENT_LENGTH = "framing.content-length";
    static final String TE_WITH_CL = "framing.te-with-cl";
    static final String CHUNKED_HTTP10 = "framing.chunked-http10";
    static final String NO_LENGTH = "framing.no-length";

    @Override
    public void check(Subject s, Report report) {
        Headers h = s.headers();
        List<String> te = h.all("Transfer-Encoding");
        List<String> cl = h.all("Content-Length");
        if (!te.isEmpty() && !cl.isEmpty()) {
            report.add(
                    TE_WITH_CL,
                    "Transfer-Encoding: " + String.join(", ", te) + " and Content-Length: " + String.join(", ", cl)
                            + " in one message");
        }
        if (!te.isEmpty() && "HTTP/1.0".equals(s.statusLine().version())) {
            report.add(
                    CHUNKED_HTTP10,
                    "an HTTP/1.0 response with Transfer-Encoding: " + String.join(", ", te)
                            + "; HTTP/1.0 recipients do not know transfer codings");
        }
        if (!cl.isEmpty()) {
            contentLength(s, cl, te.isEmpty(), report);
        } else if (te.isEmpty()
                && s.contentAllowed()
                && !"HTTP/1.0".equals(s.statusLine().version())
                && s.wireBodyBytes() > 0) {
            report.add(
                    NO_LENGTH,
                    "neither Content-Length nor chunked: the content ends only when the connection "
                            + "closes, and the connection cannot be reused");
        }
    }

    private static void contentLength(Subject s, List<String> values, boolean noTransferCoding, Report report) {
        String first = null;
        for (String line : values) {
            for (String v : line.split(",", -1)) {
                String t = v.trim();
                if (!Syntax.isDigits(t) || t.length() > 18) {
                    report.add(CONTENT_LENGTH, "Content-Length " + Syntax.quote(line) + " is not a number of bytes");
                    return;
                }
                if (first == null) {
                    first = t;
                } else if (Long.parseLong(first) != Long.parseLong(t)) {
                    report.add(CONTENT_LENGTH, "Content-Length has different values: " + String.join(", ", values));
                    return;
                }
            }
        }
        long declared = Long.parseLong(first);
        if (!noTransferCoding || !s.contentAllowed()) {
            return; // framed otherwise, or no content (HEAD, 204, 304: Content-Length describes the GET)
        }
        long seen = s.wireBodyBytes() >= 0 ? s.wireBodyBytes() : s.bodyComplete() ? s.bodySize() : -1;
        if (seen >= 0 && seen < declared) {
            report.add(
                    CONTENT_LENGTH,
                    "Content-Length is " + declared + " but the connection closed after " + seen
                            + (seen == 1 ? " byte" : " bytes") + " of content");
        } else if (seen > declared) {
            report.add(
                    CONTENT_LENGTH,
                    "Content-Length is " + declared + " but " + seen
                            + " bytes followed the head; a client reads the rest as the start of the next response");
        }
    }
}
