package dev.statuslab.core.workbench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.io.SetAside;
import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workbench's files: JSON read strictly with jackson-core's streaming parser (no databind on
 * the way to the first frame), written pretty-printed (two spaces, one property a line, a final
 * newline: readable and diffable) through a temporary file moved into place, and set aside into a
 * {@code set-aside} folder when they cannot be read, so that the rest still loads.
 */
final class WorkbenchFiles {

    static final String SET_ASIDE = SetAside.FOLDER;
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes JSON through a generator. */
    interface JsonContent {
        void write(JsonGenerator g) throws IOException;
    }

    private WorkbenchFiles() {}

    /** The document as StrictJson's plain values; the message of a failure names the line and column. */
    static Object read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return StrictJson.parse(in);
        } catch (JsonProcessingException e) {
            throw new WorkbenchFileException(
                    "",
                    StrictJson.readable(e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " at line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr())),
                    e);
        }
    }

    /** Writes {@code file} (making its folder) atomically. */
    static void write(Path file, JsonContent content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
                g.setPrettyPrinter(pretty);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                content.write(g);
                g.writeRaw('\n');
            }
        });
    }

    /**
     * Moves an unreadable file into {@code set-aside} beside it and says so; the sentence names the
     * file and the reason.
     */
    static String setAside(Path file, Exception cause) {
        String what = file.getFileName() + " could not be read (" + reasonOf(cause) + ")";
        try {
            Path target = SetAside.move(file, file.getParent().resolve(SET_ASIDE), null);
            return what + "; it was moved to " + target + " and the rest was loaded";
        } catch (IOException e) {
            return what + " and could not be moved aside (" + IoMessages.reason(e) + "); the rest was loaded";
        }
    }

    static String reasonOf(Exception e) {
        return e instanceof IOException io ? IoMessages.reason(io) : String.valueOf(e.getMessage());
    }

    /** A file name for a name: letters, digits, "-" and "_" kept, the rest as "-", never empty. */
    static String slug(String name) {
        String s = name.trim().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 60) {
            s = s.substring(0, 60);
        }
        return s.isEmpty() ? "untitled" : s;
    }
}
