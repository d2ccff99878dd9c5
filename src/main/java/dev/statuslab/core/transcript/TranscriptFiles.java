package dev.statuslab.core.transcript;

import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.core.status.StatusCatalog;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Transcripts as files: export to HAR 1.2 or Markdown, written beside the target and moved into
 * place only when complete (so a failed export never leaves half a file or harms the one that
 * was there), import of a HAR file, and the one-exchange HAR files of the saved history.
 */
public final class TranscriptFiles {

    /** The export formats, told apart by the file name's extension. */
    public enum Format {
        HAR("HAR 1.2"),
        MARKDOWN("Markdown");

        private final String title;

        Format(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** Markdown for {@code .md} and {@code .markdown}; HAR for anything else. */
        public static Format forFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".md") || lower.endsWith(".markdown") ? MARKDOWN : HAR;
        }
    }

    private TranscriptFiles() {}

    /** Writes {@code exchanges} (in the order given) to {@code target}; nothing changes there on failure. */
    public static void export(List<Exchange> exchanges, StatusCatalog statuses, Path target, Format format)
            throws IOException {
        AtomicFiles.write(target, out -> {
            if (format == Format.MARKDOWN) {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                MarkdownTranscript.write(exchanges, statuses, writer);
                writer.flush();
            } else {
                HarWriter.write(exchanges, statuses, out);
            }
        });
    }

    /** Reads every entry of a HAR file, or refuses the whole file with the reason. */
    public static List<Exchange> importHar(Path source, Path spoolDirectory) throws IOException {
        if (Files.isDirectory(source)) {
            throw new IOException(source + " is a folder, not a HAR file");
        }
        Files.createDirectories(spoolDirectory);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source), 64 * 1024)) {
            return HarReader.read(in, spoolDirectory);
        }
    }

    /** The saved history's format: one HAR 1.2 file per exchange, each one openable on its own. */
    public static HistoryStore.Codec historyCodec(StatusCatalog statuses) {
        return new HistoryStore.Codec() {
            @Override
            public String extension() {
                return "har";
            }

            @Override
            public void write(Exchange exchange, OutputStream out) throws IOException {
                HarWriter.write(List.of(exchange), statuses, out);
            }

            @Override
            public Exchange read(InputStream in, Path spoolDirectory) throws IOException {
                List<Exchange> read = HarReader.read(in, spoolDirectory);
                if (read.size() != 1) {
                    throw new IOException("expected one exchange, found " + read.size());
                }
                return read.get(0);
            }
        };
    }
}
