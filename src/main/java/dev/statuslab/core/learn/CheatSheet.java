package dev.statuslab.core.learn;

import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.core.status.HeaderRule;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * "My cheat-sheet": one page of the codes that matter (the cheat-sheet's, those in common use,
 * and any the learner missed), each with its meaning, the header it must or should carry and
 * Django's ways to answer it, the learner's weak spots marked. As Markdown, or as HTML that prints
 * on one page.
 */
public final class CheatSheet {

    /** How a weak spot is marked. */
    public static final String WEAK = "⚠ weak";

    private final StatusCatalog statuses;
    private final LearnData data;
    private final QuestionBank bank;

    public CheatSheet(StatusCatalog statuses, LearnData data, QuestionBank bank) {
        this.statuses = statuses;
        this.data = data;
        this.bank = bank;
    }

    /** One row of the sheet. */
    record Row(int code, String reason, String meaning, String header, String django, boolean weak) {}

    List<Row> rows(Progress progress) {
        Mastery mastery = Mastery.of(bank, progress);
        TreeSet<Integer> codes = new TreeSet<>(data.cheatSheet());
        codes.addAll(data.common());
        mastery.codes().stream().filter(Mastery.CodeMastery::weak).forEach(c -> codes.add(c.code()));
        List<Row> rows = new ArrayList<>();
        for (int code : codes) {
            StatusInfo info = statuses.describe(code);
            List<String> headers = new ArrayList<>();
            info.headersAt(HeaderRule.Level.REQUIRED).forEach(h -> headers.add(h.name() + " (must)"));
            info.headersAt(HeaderRule.Level.RECOMMENDED).forEach(h -> headers.add(h.name() + " (should)"));
            List<String> django = data.django().stream()
                    .filter(d -> d.code() == code)
                    .map(LearnData.DjangoWay::name)
                    .toList();
            rows.add(new Row(
                    code,
                    info.reason(),
                    firstSentence(info.meaning()),
                    String.join(", ", headers),
                    django.isEmpty() ? "HttpResponse(status=" + code + ")" : String.join(", ", django),
                    mastery.weak(code)));
        }
        return rows;
    }

    /** The sheet as Markdown. */
    public String markdown(Progress progress) {
        StringBuilder md = new StringBuilder("# My HTTP status cheat-sheet\n\n");
        md.append(summary(progress)).append("\n\n");
        md.append("| | Code | Meaning | Headers | Django |\n|---|---|---|---|---|\n");
        for (Row r : rows(progress)) {
            md.append("| ")
                    .append(r.weak() ? WEAK : "")
                    .append(" | **")
                    .append(r.code())
                    .append(' ')
                    .append(cell(r.reason()))
                    .append("** | ")
                    .append(cell(r.meaning()))
                    .append(" | ")
                    .append(cell(r.header()))
                    .append(" | `")
                    .append(cell(r.django()))
                    .append("` |\n");
        }
        List<Question> missed = missed(progress);
        if (!missed.isEmpty()) {
            md.append("\n## Weak spots\n\n");
            missed.forEach(q -> md.append("- ")
                    .append(q.code())
                    .append(": ")
                    .append(q.prompt().replace('\n', ' '))
                    .append('\n'));
        }
        return md.toString();
    }

    /** The sheet as a printable HTML page, weak rows highlighted. */
    public String html(Progress progress) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>My HTTP status cheat-sheet</title>\n<style>\n"
                + "body{font:11px/1.35 sans-serif;margin:1.2cm}h1{font-size:18px;margin:0 0 4px}"
                + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:3px 5px;"
                + "text-align:left;vertical-align:top}code{font-size:10px}tr.weak{background:#fde2e1}"
                + "@media print{body{margin:0}@page{size:A4;margin:1cm}}\n</style></head><body>\n");
        h.append("<h1>My HTTP status cheat-sheet</h1>\n<p>")
                .append(escape(summary(progress)))
                .append("</p>\n");
        h.append("<table><tr><th></th><th>Code</th><th>Meaning</th><th>Headers</th><th>Django</th></tr>\n");
        for (Row r : rows(progress)) {
            h.append(r.weak() ? "<tr class=\"weak\">" : "<tr>")
                    .append("<td>")
                    .append(r.weak() ? WEAK : "")
                    .append("</td><td><b>")
                    .append(r.code())
                    .append(' ')
                    .append(escape(r.reason()))
                    .append("</b></td><td>")
                    .append(escape(r.meaning()))
                    .append("</td><td>")
                    .append(escape(r.header()))
                    .append("</td><td><code>")
                    .append(escape(r.django()))
                    .append("</code></td></tr>\n");
        }
        h.append("</table>\n");
        List<Question> missed = missed(progress);
        if (!missed.isEmpty()) {
            h.append("<h2>Weak spots</h2>\n<ul>\n");
            missed.forEach(q -> h.append("<li>")
                    .append(q.code())
                    .append(": ")
                    .append(escape(q.prompt().replace('\n', ' ')))
                    .append("</li>\n"));
            h.append("</ul>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    /** Writes the sheet to {@code target}: HTML for {@code .html}/{@code .htm}, else Markdown; atomically. */
    public void write(Path target, Progress progress) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = name.endsWith(".html") || name.endsWith(".htm") ? html(progress) : markdown(progress);
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<Question> missed(Progress progress) {
        return bank.all().stream()
                .filter(q -> progress.card(q.id()).map(c -> !c.lastRight()).orElse(false))
                .toList();
    }

    private static String summary(Progress p) {
        return p.sessions() + " sessions, a streak of " + p.streakDays() + " day" + (p.streakDays() == 1 ? "" : "s")
                + ", " + p.cards().values().stream().filter(Card::known).count() + " questions known. Rows marked "
                + WEAK + " hold a question missed the last time it was asked.";
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
