package dev.statuslab.core.lint;

import dev.statuslab.core.http.Tokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Content (RFC 9110 §8): a Content-Type that parses, a charset for text, a type that agrees with what the
 * bytes look like, and a Content-Encoding that decodes.
 */
final class ContentRules implements RuleSet {

    static final String MISSING_TYPE = "content.missing-type";
    static final String TYPE_SYNTAX = "content.type-syntax";
    static final String CHARSET = "content.text-charset";
    static final String SNIFF = "content.sniffed-type";
    static final String ENCODING = "content.encoding";

    private static final int SNIFF_BYTES = 512;
    private static final long DECODE_LIMIT = 64L * 1024 * 1024;

    @Override
    public void check(Subject s, Report report) {
        Optional<String> type = s.headers().first("Content-Type");
        boolean content = s.bodySize() > 0 && s.contentAllowed();
        if (type.isEmpty()) {
            if (content) {
                report.add(
                        MISSING_TYPE, s.bodySize() + " bytes of content without Content-Type; the client must guess");
            }
        } else {
            String mediaType = mediaType(type.get(), report);
            if (mediaType != null) {
                if (mediaType.startsWith("text/")
                        && !type.get().toLowerCase(Locale.ROOT).contains("charset=")) {
                    report.add(CHARSET, "Content-Type " + Syntax.quote(type.get()) + " is text without a charset");
                }
                if (content && s.headers().first("Content-Encoding").isEmpty()) {
                    sniff(s.body(), mediaType, report);
                }
            }
        }
        if (content) {
            encoding(s, report);
        }
    }

    /** The lower-case type/subtype, or null after reporting a Content-Type that does not parse. */
    private static String mediaType(String value, Report report) {
        String[] parts = value.split(";");
        String[] typeSubtype = parts[0].trim().split("/", -1);
        boolean ok = typeSubtype.length == 2 && Tokens.isToken(typeSubtype[0]) && Tokens.isToken(typeSubtype[1]);
        for (int i = 1; ok && i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty()) {
                continue;
            }
            String[] nv = Syntax.pair(p);
            ok = Tokens.isToken(nv[0]) && nv[1] != null && Syntax.isTokenOrQuoted(nv[1]);
        }
        if (!ok) {
            report.add(
                    TYPE_SYNTAX,
                    "Content-Type " + Syntax.quote(value) + " is not type/subtype with name=value parameters");
            return null;
        }
        return parts[0].trim().toLowerCase(Locale.ROOT);
    }

    private static void sniff(byte[] body, String declared, Report report) {
        String looks = Sniffer.sniff(body, Math.min(body.length, SNIFF_BYTES));
        if (looks == null || looks.equals(declared)) {
            return;
        }
        boolean agrees =
                switch (looks) {
                    case "application/json" ->
                        declared.contains("json") || declared.startsWith("text/") || declared.contains("javascript");
                    case "text/html" -> declared.contains("html") || declared.contains("xml");
                    case "text/plain" -> textual(declared);
                    default -> !textual(declared); // binary: another binary type may well be right
                };
        if (!agrees) {
            report.add(SNIFF, "declared " + declared + " but the content looks like " + looks);
        }
    }

    private static boolean textual(String type) {
        return type.startsWith("text/")
                || type.contains("json")
                || type.contains("xml")
                || type.contains("javascript")
                || type.equals("application/x-www-form-urlencoded");
    }

    private static void encoding(Subject s, Report report) {
        List<String> codings = Syntax.elements(s.headers().all("Content-Encoding"));
        if (codings.size() != 1 || !s.bodyComplete()) {
            return; // stacked codings or a sampled body: not checked
        }
        String coding = codings.get(0).toLowerCase(Locale.ROOT);
        if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("deflate")) {
            return;
        }
        try (InputStream in = coding.equals("deflate")
                ? new InflaterInputStream(new ByteArrayInputStream(s.body()))
                : new GZIPInputStream(new ByteArrayInputStream(s.body()))) {
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n = in.read(buffer); n > 0 && total < DECODE_LIMIT; n = in.read(buffer)) {
                total += n; // decoded only to see that it decodes; bounded, against a compression bomb
            }
        } catch (IOException e) {
            report.add(
                    ENCODING,
                    "Content-Encoding: " + coding + " but the content does not decode ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }
}
