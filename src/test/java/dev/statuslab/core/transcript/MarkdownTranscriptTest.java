package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown lesson: its structure, the messages as on the wire, and the explanations. */
class MarkdownTranscriptTest {

    private static final Pattern FENCE = Pattern.compile("^(`{3,})([a-z]*)$");
    private static final StatusCatalog CATALOG = StatusCatalog.load();

    private static String markdown(List<Exchange> exchanges) throws Exception {
        StringWriter out = new StringWriter();
        MarkdownTranscript.write(exchanges, CATALOG, out);
        return out.toString();
    }

    /** The part of the transcript about exchange {@code number} (1-based). */
    private static String section(String md, int number) {
        int start = md.indexOf("\n## " + number + ". ");
        int end = md.indexOf("\n## " + (number + 1) + ". ");
        return md.substring(start, end < 0 ? md.length() : end);
    }

    /** Headings outside code blocks, and the language of every block; fails on an unclosed block. */
    private static List<String> outline(String md) {
        List<String> out = new ArrayList<>();
        String open = null;
        for (String line : md.split("\n", -1)) {
            Matcher m = FENCE.matcher(line);
            if (open == null && m.matches()) {
                open = m.group(1);
                out.add("block " + m.group(2));
            } else if (open != null && line.equals(open)) {
                open = null;
            } else if (open == null && line.startsWith("#")) {
                out.add(line.substring(0, line.indexOf(' ')) + " " + line.substring(line.indexOf(' ') + 1));
            }
        }
        assertEquals(null, open, "a code block is not closed");
        return out;
    }

    @Test
    void eachExchangeHasAHeadingTheRequestTheResponseAndTheExplanationInOrder() throws Exception {
        String md = markdown(List.of(Samples.formPost302(), Samples.get200()));

        assertEquals(
                List.of(
                        "# StatusLab transcript",
                        "## 1. POST /contact/ → 302 Found",
                        "block http",
                        "block http",
                        "### What 302 Found means",
                        "block python",
                        "## 2. GET /simple/?q=a+b&lang=%C3%A9t%C3%A9&flag → 200 OK",
                        "block http",
                        "block http",
                        "### What 200 OK means",
                        "block python"),
                outline(md));
        assertTrue(md.startsWith("# StatusLab transcript\n\n2 exchanges, from 2024-05-01 09:15:30.123 UTC.\n"));
    }

    @Test
    void theMessagesAreShownAsOnTheWireWithLineFeeds() throws Exception {
        Exchange post = Samples.formPost302();
        String md = markdown(List.of(post));

        String request = "```http\n" + post.requestHead().replace("\r\n", "\n")
                + post.request().body().text() + "\n```";
        String response = "```http\n" + post.responseHead().replace("\r\n", "\n") + "```";
        assertTrue(md.contains(request), md);
        assertTrue(md.contains(response), md);
        assertFalse(md.contains("\r"));
        assertTrue(md.contains("Sent 2024-05-01 09:15:30.123 UTC to http://127.0.0.1:8000/contact/ · 8.0 ms · id"));
    }

    @Test
    void theExplanationComesFromTheCatalogue() throws Exception {
        String md = markdown(List.of(Samples.formPost302()));
        StatusInfo found = CATALOG.describe(302);

        assertTrue(md.contains("**Class:** 3xx Redirection\n"), md);
        assertTrue(md.contains(MarkdownTranscript.escape(found.meaning())));
        assertTrue(md.contains("**When to use it:** " + MarkdownTranscript.escape(found.whenToUse())));
        assertTrue(md.contains("**When not to:** " + MarkdownTranscript.escape(found.whenNotToUse())));
        assertTrue(md.contains("**The Django way:** " + MarkdownTranscript.escape(found.django())));
        assertTrue(md.contains("```python\n" + found.djangoSnippet() + "\n```"));
        assertTrue(md.contains("**Specification:** [RFC 9110 §15.4.3](" + found.rfcUrl() + ")"));
        assertTrue(md.contains("- ✓ `Location` (required): /contact/. "), md);
        for (String mistake : found.mistakes()) {
            assertTrue(md.contains("- " + MarkdownTranscript.escape(mistake) + "\n"), mistake);
        }
    }

    @Test
    void aCodeSeenBeforeIsReferredBackButItsHeadersAreCheckedAgain() throws Exception {
        Exchange withoutLocation = Samples.exchange(
                "ex-no-location",
                Samples.request("GET", "/r", Headers.empty(), Body.empty()),
                Samples.response(302, "Found", Headers.empty(), Body.empty()));
        String md = markdown(List.of(Samples.formPost302(), withoutLocation));
        String second = section(md, 2);

        assertTrue(second.contains("Explained under exchange 1 above."), second);
        assertFalse(second.contains("**When to use it:**"));
        assertTrue(second.contains("- ✗ `Location` (required): missing. "), second);
    }

    @Test
    void failedExchangesSayWhyAndShowWhatWasSent() throws Exception {
        String md = markdown(List.of(Samples.refused(), Samples.timedOut()));

        String refused = section(md, 1);
        assertTrue(refused.contains("## 1. GET / → no response\n"), refused);
        assertTrue(refused.contains("**Request** (never sent: rebuilt from what was to be sent)"));
        assertTrue(refused.contains("**No response:** connection refused by 127.0.0.1:9\n"));
        assertFalse(refused.contains("### What"));
        String timedOut = section(md, 2);
        assertTrue(timedOut.contains("**Request**\n\n```http\nGET /delay/3000 HTTP/1.1\nHost: 127.0.0.1:8000\n"));
        assertTrue(timedOut.contains("**No response:** no response within 300 ms"));
    }

    @Test
    void bodiesThatAreNotTextOrTooLongAreSummarised(@TempDir Path temp) throws Exception {
        Exchange longText = Samples.exchange(
                "ex-long",
                Samples.request("GET", "/long", Headers.empty(), Body.empty()),
                Samples.response(
                        200,
                        "OK",
                        Headers.of("Content-Type", "text/plain"),
                        Body.of("x".repeat(MarkdownTranscript.BODY_CAP + 1))));
        String md = markdown(List.of(Samples.binaryPng(), longText, Samples.fileBacked(temp, 3 * 1024 * 1024)));

        assertTrue(md.contains("*Body not shown: 16 bytes of image/png (not text).*"), md);
        assertTrue(md.contains("*Body not shown: 65,537 bytes of text/plain (longer than 64 KiB).*"));
        assertTrue(md.contains("*Body not shown: 3,145,728 bytes of text/plain (longer than 64 KiB).*"));
        assertFalse(md.contains("PNG"));
        assertFalse(md.contains("xxxxxxxx"));
    }

    @Test
    void aFenceIsLongerThanAnyRunOfBackticksInside() throws Exception {
        Exchange fences = Samples.exchange(
                "ex-fences",
                Samples.request(
                        "POST", "/md", Headers.of("Content-Type", "text/markdown"), Body.of("````` five, ``` three")),
                Samples.json201().response());
        String md = markdown(List.of(fences, Samples.json201()));

        assertTrue(md.contains("``````http\nPOST /md HTTP/1.1\n"), md);
        assertTrue(md.contains("````http\nPOST /api/messages/ HTTP/1.1\n"), md);
        assertEquals(5, outline(md).stream().filter(l -> l.startsWith("block")).count(), "2 + 2 messages, 1 snippet");
    }

    @Test
    void interimResponsesOddCodesAndMarkdownInPathsAreHandled() throws Exception {
        Exchange stars = Samples.exchange(
                "ex-stars",
                Samples.request("GET", "/a_*b*_[c]", Headers.empty(), Body.empty()),
                Samples.response(799, "", Headers.empty(), Body.empty()));
        String md = markdown(List.of(Samples.earlyHints(), Samples.oddReason(), stars));

        assertTrue(
                md.contains("Before the final response the server sent **103 Early Hints**: "
                        + MarkdownTranscript.escape(CATALOG.describe(103).meaning())),
                md);
        assertTrue(md.contains("## 2. GET /raw → 299 Quite  Fine \n"), md);
        assertTrue(md.contains("**Class:** 2xx Successful · registry: unregistered"), md);
        assertTrue(md.contains("## 3. GET /a\\_\\*b\\*\\_\\[c\\] → 799 Unknown\n"), md);
        assertTrue(md.contains("Nothing to explain: 7xx is outside the five status classes"), md);
    }

    @Test
    void eachResponseHasASmallTableOfWhereItsTimeWent() throws Exception {
        Exchange post = Samples.formPost302();
        String md = markdown(List.of(post));

        List<TimingPhase> phases = TimingPhase.of(post.timings());
        String names = phases.stream()
                .map(TimingPhase::name)
                .reduce((a, b) -> a + " | " + b)
                .orElseThrow();
        assertTrue(md.contains("**Timings**\n\n| " + names + " |\n"), md);
        assertEquals(
                post.timings().waiting(),
                phases.stream()
                        .filter(p -> p.name().equals("Wait"))
                        .findFirst()
                        .orElseThrow()
                        .durationMs());
    }

    @Test
    void anExchangeTheSimulatorAnsweredNamesItsDjangoAndWhatChangedBetweenVersions() throws Exception {
        HttpRequest request =
                new HttpRequest(HttpMethod.of("GET"), "http://127.0.0.1:8000/simple/", Headers.empty(), Body.empty());
        Exchange e = Samples.exchange(
                        "ex-test-django",
                        request,
                        Samples.response(
                                200,
                                "OK",
                                Headers.of(
                                        "Content-Type",
                                        "text/html; charset=utf-8",
                                        "Cross-Origin-Opener-Policy",
                                        "same-origin"),
                                Body.of("OK")))
                .answeredByDjango("4.2");

        String md = markdown(List.of(e, Samples.get200()));

        assertTrue(section(md, 1).contains("answered by the simulator as Django 4.2"), md);
        assertTrue(section(md, 1).contains("**Django versions** (this answer came from the simulator as Django 4.2)"));
        assertTrue(
                section(md, 1).contains("Changed in Django 4.0: SecurityMiddleware adds Cross-Origin-Opener-Policy"));
        assertFalse(section(md, 2).contains("Django versions"), "an exchange from elsewhere has no such notes");
    }
}
