package dev.statuslab.core.transcript;

import dev.statuslab.core.status.StatusCatalog;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
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

    private TranscriptFiles() {
    }

    /** Writes {@code exchanges} (in the order given) to {@code target}; nothing changes there on failure. */
    public static void export(List<Exchange> exchanges, StatusCatalog statuses, Path target, Format format)
            throws IOException {
        atomically(target, out -> {
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

    /** What goes into a file written by {@link #writeOwnerOnly}. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file only its owner may read or write (keys, trusted certificates), beside the
     * target and moved into place when complete; the folder is made when missing.
     */
    public static void writeOwnerOnly(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        atomically(target, content, true);
    }

    private static void atomically(Path target, Content content) throws IOException {
        atomically(target, content, false);
    }

    private static void atomically(Path target, Content content, boolean ownerOnly) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        // Not createTempFile: that makes the file private (0600); an export gets the user's usual mode.
        Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            if (ownerOnly) {
                ownerOnlyFile(temp);
            }
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, ownerOnly ? StandardOpenOption.TRUNCATE_EXISTING
                            : StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 64 * 1024)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** An empty file that only its owner may read and write, made so before anything is in it. */
    private static void ownerOnlyFile(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            File f = file.toFile();
            boolean ok = f.setReadable(false, false) && f.setReadable(true, true)
                    && f.setWritable(false, false) && f.setWritable(true, true);
            if (!ok) {
                throw new IOException("cannot make " + file + " private to its owner");
            }
        }
    }
}
