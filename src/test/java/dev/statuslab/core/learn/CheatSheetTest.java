package dev.statuslab.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "My cheat-sheet": the codes that matter, weak spots marked, in Markdown and printable HTML. */
class CheatSheetTest {

    private static final CheatSheet SHEET =
            new CheatSheet(QuestionGenerationTest.STATUSES, QuestionGenerationTest.DATA, QuestionGenerationTest.BANK);

    @TempDir
    Path dir;

    private static Progress missed418And405() {
        Leitner leitner = new Leitner(new TestClock(Instant.parse("2026-12-04T10:00:00Z")));
        Progress p = leitner.answer(Progress.empty(), "meaning:418", false);
        p = leitner.answer(p, "header:405", false);
        return leitner.answer(p, "meaning:404", true);
    }

    @Test
    void theMarkdownListsTheCheatSheetCodesWithHeadersAndDjangoAndMarksOnlyTheWeakOnes() {
        String md = SHEET.markdown(missed418And405());
        assertTrue(md.startsWith("# My HTTP status cheat-sheet"), md);
        assertTrue(md.contains("**403 Forbidden** |"), md);
        assertTrue(md.contains("`HttpResponseForbidden, PermissionDenied`"), md);
        assertTrue(md.contains("Allow (must)"), md);
        String teapot = md.lines().filter(l -> l.contains("**418 ")).findFirst().orElseThrow();
        assertTrue(teapot.startsWith("| " + CheatSheet.WEAK), "a missed code joins the sheet, marked: " + teapot);
        String notAllowed =
                md.lines().filter(l -> l.contains("**405 ")).findFirst().orElseThrow();
        assertTrue(notAllowed.startsWith("| " + CheatSheet.WEAK), notAllowed);
        String notFound =
                md.lines().filter(l -> l.contains("**404 ")).findFirst().orElseThrow();
        assertFalse(notFound.contains(CheatSheet.WEAK), notFound);
        assertTrue(md.contains("## Weak spots"), md);
    }

    @Test
    void withoutPracticeNothingIsMarkedWeak() {
        String md = SHEET.markdown(Progress.empty());
        assertFalse(md.contains("| " + CheatSheet.WEAK), md);
        assertFalse(md.contains("Weak spots"), md);
    }

    @Test
    void theHtmlIsAPrintablePageWithWeakRowsHighlightedAndTextEscaped() throws Exception {
        Path target = dir.resolve("sheet.html");
        SHEET.write(target, missed418And405());
        String html = Files.readString(target);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("@media print"), html);
        assertEquals(2, html.split("<tr class=\"weak\">", -1).length - 1, "405 and 418");
        assertTrue(html.contains("<b>418 I'm a teapot</b>"), html);
        assertEquals("&lt;b&gt; &amp; &quot;x&quot;", CheatSheet.escape("<b> & \"x\""));
        Path md = dir.resolve("sheet.md");
        SHEET.write(md, missed418And405());
        assertTrue(Files.readString(md).startsWith("# My HTTP"));
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("sheet.html", "sheet.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
