package dev.statuslab.core.transcript;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.status.StatusCatalog;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The transcript as a lesson in Markdown: for each exchange a heading
 * ({@code 1. POST /contact/ → 302 Found}), the request and the response as they crossed the wire
 * in fenced {@code http} blocks (head and body, line ends written as LF), and the explanation of
 * the status code from the catalogue: class, meaning, when to use it, the Django way, the RFC
 * section, the headers the code asks for checked against this response, and common mistakes. A
 * code explained once is referred back to afterwards. Failed exchanges say why there is no
 * response. Bodies that are not text, or longer than {@link #BODY_CAP} bytes, are summarised.
 */
public final class MarkdownTranscript {

    /** Longer bodies are summarised with their size and type instead of shown. */
    public static final int BODY_CAP = 64 * 1024;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);

    private MarkdownTranscript() {}

    /**
     * Writes the transcript of {@code exchanges}, in order, to {@code out} (flushed, left open).
     *
     * @throws IOException when writing fails or the file of a body cannot be read
     */
    public static void write(List<Exchange> exchanges, StatusCatalog catalog, Writer out) throws IOException {
        Objects.requireNonNull(exchanges, "exchanges");
        Objects.requireNonNull(catalog, "catalog");
        MarkdownExplanation explanations = new MarkdownExplanation(catalog);
        Map<Integer, Integer> explainedAt = new HashMap<>();
        StringBuilder md = new StringBuilder(4096);
        md.append("# StatusLab transcript\n\n");
        md.append(exchanges.size()).append(exchanges.size() == 1 ? " exchange" : " exchanges");
        if (!exchanges.isEmpty()) {
            md.append(", from ").append(WHEN.format(exchanges.get(0).startedAt()));
        }
        md.append(".\n\n");
        out.write(md.toString());
        for (int i = 0; i < exchanges.size(); i++) {
            md.setLength(0);
            exchange(md, i + 1, exchanges.get(i), explanations, explainedAt);
            out.write(md.toString());
        }
        out.flush();
    }

    private static void exchange(
            StringBuilder md,
            int number,
            Exchange e,
            MarkdownExplanation explanations,
            Map<Integer, Integer> explainedAt) {
        md.append("## ")
                .append(number)
                .append(". ")
                .append(escape(e.request().method().name()))
                .append(' ')
                .append(escape(Heads.target(e.request().url())))
                .append(" → ");
        md.append(e.failed() ? "no response" : e.code() + " " + escape(reason(e.response(), explanations)));
        md.append("\n\n");
        md.append("Sent ")
                .append(WHEN.format(e.startedAt()))
                .append(" to ")
                .append(escape(e.request().url()))
                .append(" · ")
                .append(String.format(Locale.ROOT, "%.1f ms", e.timings().total()))
                .append(" · id `")
                .append(e.id())
                .append('`');
        e.djangoIfAny().ifPresent(v -> md.append(" · answered by the simulator as Django ")
                .append(escape(v)));
        md.append("\n\n");

        String requestHead = e.requestHead();
        if (requestHead.isEmpty()) {
            md.append("**Request** (never sent: rebuilt from what was to be sent)\n\n");
            requestHead = Heads.request(e.request(), Heads.HTTP_1_1);
        } else {
            md.append("**Request**\n\n");
        }
        message(
                md,
                requestHead,
                e.request().body(),
                e.request().headers().first("Content-Type").orElse(""));

        if (e.failed()) {
            md.append("**No response:** ").append(escape(e.failure())).append("\n\n");
            if (!e.responseHead().isEmpty()) {
                md.append("What was received before the exchange failed:\n\n");
                message(md, e.responseHead(), Body.empty(), "");
            }
            return;
        }
        HttpResponse r = e.response();
        timings(md, e.timings());
        md.append("**Response**\n\n");
        String responseHead = e.responseHead().isEmpty() ? Heads.response(r) : e.responseHead();
        message(md, responseHead, r.body(), r.headers().first("Content-Type").orElse(""));
        for (HttpResponse.Interim interim : r.interim()) {
            explanations.interim(md, interim.statusLine());
        }
        Integer earlier = explainedAt.putIfAbsent(e.code(), number);
        explanations.explain(md, e, earlier);
    }

    /** Where the time went, as a one-row table of the phases that applied. */
    private static void timings(StringBuilder md, Timings t) {
        List<TimingPhase> phases = TimingPhase.of(t);
        if (phases.isEmpty()) {
            return;
        }
        StringBuilder head = new StringBuilder("| ");
        StringBuilder rule = new StringBuilder("|");
        StringBuilder row = new StringBuilder("| ");
        for (TimingPhase p : phases) {
            head.append(p.name()).append(" | ");
            rule.append("---:|");
            row.append(String.format(Locale.ROOT, "%.1f ms", p.durationMs())).append(" | ");
        }
        md.append("**Timings**\n\n")
                .append(head.toString().stripTrailing())
                .append('\n')
                .append(rule)
                .append('\n')
                .append(row.toString().stripTrailing())
                .append("\n\n");
    }

    /** The reason as received, or the registry's when the server sent none. */
    private static String reason(HttpResponse r, MarkdownExplanation explanations) {
        return r.statusLine().reason().isBlank()
                ? explanations.title(r.code())
                : r.statusLine().reason();
    }

    /** A head and its body in one http block; a body that cannot be shown is summarised below it. */
    private static void message(StringBuilder md, String head, Body body, String contentType) {
        String text = head.replace("\r\n", "\n");
        String summary = null;
        if (!body.isEmpty()) {
            String bodyText = showable(body, contentType);
            if (bodyText == null) {
                summary = summary(body, contentType);
            } else {
                text += bodyText.replace("\r\n", "\n");
            }
        }
        fenced(md, "http", text);
        if (summary != null) {
            md.append('*').append(summary).append("*\n\n");
        }
    }

    /** The body as text, or null when it is not text or over the cap. */
    private static String showable(Body body, String contentType) {
        if (body.size() > BODY_CAP) {
            return null;
        }
        return TextBodies.decode(body.preview(BODY_CAP), TextBodies.charset(contentType));
    }

    private static String summary(Body body, String contentType) {
        String type = TextBodies.mediaType(contentType);
        String why = body.size() > BODY_CAP ? "longer than " + BODY_CAP / 1024 + " KiB" : "not text";
        return String.format(
                Locale.ROOT,
                "Body not shown: %,d bytes%s (%s).",
                body.size(),
                type.isEmpty() ? "" : " of " + escape(type),
                why);
    }

    /** A fenced block whose fence is longer than any run of backticks inside it. */
    static void fenced(StringBuilder md, String language, String content) {
        String fence = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
        md.append(fence).append(language).append('\n').append(content);
        if (!content.endsWith("\n")) {
            md.append('\n');
        }
        md.append(fence).append("\n\n");
    }

    private static int longestBacktickRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Backslash before the characters that would turn plain text into Markdown. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }
}
