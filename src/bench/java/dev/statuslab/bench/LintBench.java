package dev.statuslab.bench;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.lint.Finding;
import dev.statuslab.core.lint.Linter;
import dev.statuslab.core.lint.Subject;
import dev.statuslab.core.status.StatusCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Linting one response: the window's path (a parsed response, as the client delivers it), the command line's
 * path (the raw bytes, parsed tolerantly first), and a messy response that breaks a dozen rules. Goal: under
 * 50 µs median. Run with bench/lint.sh; SampleTime reports the percentiles, p0.50 is the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class LintBench {

    private static final String DATE = "Fri, 04 Dec 2026 16:36:27 GMT";

    private Linter linter;
    private Subject django;
    private byte[] raw;
    private Subject messy;

    @Setup
    public void setUp() {
        linter = new Linter(StatusCatalog.load());
        byte[] page =
                ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Contact us</title></head>"
                                + "<body><h1>Contact us</h1><form method=\"post\">"
                                + "<p><input name=\"name\"></p>".repeat(20)
                                + "</form></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
        Headers fields = Headers.of(
                "Date",
                DATE,
                "Content-Type",
                "text/html; charset=utf-8",
                "X-Frame-Options",
                "DENY",
                "Set-Cookie",
                "csrftoken=DEMz2HGZV4WCwINcQUWJSlS2Jp5JfFua; expires=Fri, 03 Dec 2027 16:36:27 GMT; "
                        + "Max-Age=31449600; Path=/; SameSite=Lax",
                "Vary",
                "Cookie",
                "X-Content-Type-Options",
                "nosniff",
                "Referrer-Policy",
                "same-origin",
                "Cross-Origin-Opener-Policy",
                "same-origin",
                "Content-Length",
                String.valueOf(page.length));
        django = new Subject(
                "GET", "http", Headers.empty(), new StatusLine("HTTP/1.1", 200, "OK"), fields, page, page.length, -1);
        StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\n");
        fields.forEach(h -> head.append(h.name()).append(": ").append(h.value()).append("\r\n"));
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        raw = new byte[headBytes.length + page.length];
        System.arraycopy(headBytes, 0, raw, 0, headBytes.length);
        System.arraycopy(page, 0, raw, headBytes.length, page.length);
        Headers bad = Headers.of(
                "Date",
                "2026-12-04",
                "Content-Type",
                "text/plain",
                "Content-Type",
                "text/html",
                "Cache-Control",
                "max-age=soon, private",
                "Expires",
                "0",
                "ETag",
                "v1",
                "Vary",
                "*",
                "Set-Cookie",
                "__Host-id=a b; SameSite=None",
                "Access-Control-Allow-Origin",
                "*",
                "Access-Control-Allow-Credentials",
                "true",
                "Retry-After",
                "soon",
                "Transfer-Encoding",
                "chunked",
                "Content-Length",
                "9");
        messy = new Subject(
                "GET",
                "http",
                Headers.empty(),
                new StatusLine("HTTP/1.0", 201, "Created"),
                bad,
                "{\"a\": 1}".getBytes(StandardCharsets.UTF_8),
                8,
                -1);
    }

    @Benchmark
    public List<Finding> djangoPageParsed() {
        return linter.lint(django);
    }

    @Benchmark
    public List<Finding> djangoPageRawBytes() {
        return linter.lintRaw(raw, "GET", "http", Headers.empty());
    }

    @Benchmark
    public List<Finding> messyResponse() {
        return linter.lint(messy);
    }
}
