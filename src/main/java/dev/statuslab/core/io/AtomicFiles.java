package dev.statuslab.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one way the app writes a file the user keeps: into a temporary sibling first, then moved
 * into place (atomically where the file system can), so a failed or interrupted write never
 * leaves half a file under the real name. The temporary file is a hidden {@code .NAME.HEX.part}
 * beside the target; {@link #isLeftover(Path)} recognises one a crash left behind.
 */
public final class AtomicFiles {

    private static final String PART = ".part";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /**
     * Writes {@code target} with the user's usual file mode. The folder must exist; a target that
     * is a folder is refused.
     */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * Writes {@code target} readable and writable by its owner only (keys, trusted certificates):
     * the temporary file is made private before anything is in it. The folder is made when missing.
     */
    public static void writeOwnerOnly(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        write(target, content, true);
    }

    /** Writes {@code bytes} to {@code target}, as {@link #write(Path, Content)}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), false);
    }

    private static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("it is a folder");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + PART);
        try {
            if (ownerOnly && posix(folder)) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
            }
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
                    64 * 1024)) {
                content.writeTo(out);
            }
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves a finished file into place, replacing what was there; atomically where the file system can. */
    public static void move(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** True for the temporary file of a write that did not finish (a crash), safe to delete. */
    public static boolean isLeftover(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(PART);
    }

    private static boolean posix(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
