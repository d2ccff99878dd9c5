package dev.statuslab.core.transcript;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.statuslab.core.io.Spool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads a HAR file (1.2, as StatusLab, browsers' DevTools and other tools write it) into
 * exchanges, with Jackson's streaming parser: no tree of the file is built, and bodies over
 * 2 MiB go to files under the spool directory instead of the heap.
 *
 * <p>Strict about what HAR 1.2 requires (each required field present with its type), lenient
 * about the rest: unknown and {@code _}-prefixed fields, pages, comments and negative sizes are
 * accepted and ignored. A file that breaks a rule is refused whole with a
 * {@link HarFormatException} naming the place and the reason; the files it had spooled by then
 * are deleted.
 */
public final class HarReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .build())
            .build();

    /** Jackson names the (redacted) source inside nested locations; the line and column are enough. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

    private HarReader() {}

    /**
     * Reads every entry of the HAR in {@code in} (UTF-8 JSON; the stream is left open).
     *
     * @param spoolDir where bodies over 2 MiB are written, created when first needed; the files
     *                 belong to the caller once the exchanges are returned
     * @throws HarFormatException when the file is not a HAR this reader accepts
     * @throws IOException        when reading the stream or writing the spool fails
     */
    public static List<Exchange> read(InputStream in, Path spoolDir) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(spoolDir, "spoolDir");
        Spool spool = new Spool(Spool.MEMORY_CAP, spoolDir, "har-body-");
        JsonParser parser = JSON.createParser(in);
        boolean complete = false;
        try {
            List<Exchange> exchanges = document(new HarInput(parser), spool);
            complete = true;
            return exchanges;
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new HarFormatException(
                    HarInput.path(parser.getParsingContext()),
                    "not valid JSON: " + SOURCE.matcher(e.getOriginalMessage()).replaceAll("[") + where,
                    e);
        } finally {
            parser.close();
            if (!complete) {
                spool.deleteAll();
            }
        }
    }

    private static List<Exchange> document(HarInput in, Spool spool) throws IOException {
        List<Exchange> exchanges = new ArrayList<>();
        in.next();
        in.object(
                field -> {
                    if (field.equals("log")) {
                        log(in, spool, exchanges);
                    } else {
                        in.skip();
                    }
                },
                "log");
        if (in.next() != null) {
            throw new HarFormatException("", "unexpected content after the HAR object");
        }
        return exchanges;
    }

    private static void log(HarInput in, Spool spool, List<Exchange> exchanges) throws IOException {
        HarEntryReader entries = new HarEntryReader(in, spool);
        in.object(
                field -> {
                    switch (field) {
                        case "version" -> in.string();
                        case "creator" ->
                            in.object(
                                    f -> {
                                        if (f.equals("name") || f.equals("version")) {
                                            in.string();
                                        } else {
                                            in.skip();
                                        }
                                    },
                                    "name",
                                    "version");
                        case "entries" -> in.array(() -> exchanges.add(entries.read()));
                        default -> in.skip();
                    }
                },
                "version",
                "creator",
                "entries");
    }
}
