package dev.statuslab.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuslab.core.lint.Finding;
import dev.statuslab.core.lint.Level;
import dev.statuslab.core.lint.Linter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** How {@code lint} prints its findings: text for people, JSON for pipelines. */
final class LintReport {

    /** The findings of one response, under a line saying which. */
    record Entry(String title, List<Finding> findings) {}

    private LintReport() {}

    static void text(List<Entry> entries, PrintWriter out) {
        int[] total = new int[Level.values().length];
        for (Entry e : entries) {
            out.println(e.title());
            for (Finding f : e.findings()) {
                out.printf("  %-7s %s: %s%n", f.level().id(), f.id(), f.message());
                out.printf("          %s  %s%n", f.rule().rfc(), f.rule().url());
                out.printf("          fix: %s%n", f.fix());
            }
            int[] counts = Linter.counts(e.findings());
            for (int i = 0; i < counts.length; i++) {
                total[i] += counts[i];
            }
        }
        out.printf(
                "%d %s, %d %s, %d advice%n",
                total[0],
                total[0] == 1 ? "error" : "errors",
                total[1],
                total[1] == 1 ? "warning" : "warnings",
                total[2]);
    }

    static void json(List<Entry> entries, boolean withEntry, PrintWriter out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("findings");
            for (int i = 0; i < entries.size(); i++) {
                for (Finding f : entries.get(i).findings()) {
                    g.writeStartObject();
                    if (withEntry) {
                        g.writeNumberField("entry", i);
                    }
                    g.writeStringField("id", f.id());
                    g.writeStringField("level", f.level().id());
                    g.writeStringField("rfc", f.rule().rfc());
                    g.writeStringField("message", f.message());
                    g.writeStringField("fix", f.fix());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    /** The first line of what the server sent, for the title; or what there was instead. */
    static String statusLine(byte[] raw) {
        int end = 0;
        while (end < raw.length && end < 200 && raw[end] != '\r' && raw[end] != '\n') {
            end++;
        }
        String line = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
        return line.startsWith("HTTP/") ? line : "(no status line)";
    }
}
