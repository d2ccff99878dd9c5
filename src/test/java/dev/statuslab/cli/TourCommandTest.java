package dev.statuslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tour}: every ready request, in catalogue order, against a real simulator, into real files. */
class TourCommandTest {

    @TempDir
    Path dir;

    @Test
    void theTourPlaysEveryReadyRequestAsTheCatalogueExpectsAndWritesBothTranscripts() throws Exception {
        Path har = dir.resolve("tour.har");
        Path md = dir.resolve("tour.md");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new StatusLabCommand());
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("tour", "--har", har.toString(), "--md", md.toString());

        assertEquals(0, exit, out.toString());
        List<ReadyRequest> ready = new ArrayList<>();
        ScenarioCatalog.load(StatusCatalog.load()).all().forEach(s -> ready.addAll(s.requests()));
        JsonNode entries = new ObjectMapper().readTree(har.toFile()).get("log").get("entries");
        assertEquals(ready.size(), entries.size());
        for (int i = 0; i < ready.size(); i++) {
            JsonNode entry = entries.get(i);
            assertEquals(
                    ready.get(i).method(), entry.get("request").get("method").asText());
            assertTrue(
                    entry.get("request")
                            .get("url")
                            .asText()
                            .endsWith(ready.get(i).path()),
                    entry.get("request").get("url").asText());
            assertTrue(ready.get(i).expects(entry.get("response").get("status").asInt()), entry.toString());
        }
        assertTrue(
                out.toString().contains(ready.size() + " requests, " + ready.size() + " as the catalogue expects"),
                out.toString());
        String lesson = Files.readString(md);
        assertTrue(lesson.contains("302 Found") && lesson.contains("```http"), "a Markdown lesson");
    }

    @Test
    void theTourAsDjango32RecordsThatVersionInEveryEntryAndTheLesson() throws Exception {
        Path har = dir.resolve("tour-32.har");
        Path md = dir.resolve("tour-32.md");
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new StatusLabCommand());
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("tour", "--django", "3.2", "--har", har.toString(), "--md", md.toString());

        assertEquals(0, exit, out.toString());
        assertTrue(out.toString().contains("as Django 3.2"), out.toString());
        for (JsonNode entry :
                new ObjectMapper().readTree(har.toFile()).get("log").get("entries")) {
            assertEquals("3.2", entry.get("_statuslab").get("django").asText(), entry.toString());
        }
        assertTrue(Files.readString(md).contains("answered by the simulator as Django 3.2"));
    }

    @Test
    void aTranscriptThatCannotBeWrittenEndsWithExitCode2() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StatusLabCommand());
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));

        int exit = cli.execute(
                "tour",
                "--har",
                dir.resolve("missing-folder").resolve("tour.har").toString());

        assertEquals(TourCommand.EXIT_WRITE_FAILED, exit);
        assertTrue(err.toString().contains("cannot write"), err.toString());
    }
}
