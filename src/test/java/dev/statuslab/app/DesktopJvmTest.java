package dev.statuslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relaunch of a plain {@code java -jar} in a tuned JVM, down to a real child JVM and its archive. */
class DesktopJvmTest {

    @TempDir
    Path dir;

    @Test
    void readsTheJarFormOfACommandLineOnly() {
        Optional<DesktopJvm.JarCommand> jar = DesktopJvm.JarCommand.parse(
                List.of("-Dstatuslab.bench.out=/tmp/x.json", "-Xlog:gc", "-jar", "target/statuslab.jar", "gui"));
        assertTrue(jar.isPresent());
        assertEquals(List.of("-Dstatuslab.bench.out=/tmp/x.json", "-Xlog:gc"), jar.get().jvmOptions());
        assertEquals(Path.of("target/statuslab.jar"), jar.get().jar());
        assertEquals(List.of("gui"), jar.get().args());

        assertEquals(Optional.empty(), DesktopJvm.JarCommand.parse(List.of("-cp", "target/classes", "dev.statuslab.Launcher")));
        assertEquals(Optional.empty(), DesktopJvm.JarCommand.parse(List.of("dev.statuslab.Launcher")));
        assertEquals(Optional.empty(), DesktopJvm.JarCommand.parse(List.of("-Xmx1g", "-jar")));
    }

    @Test
    void theChildGetsOurOptionsFirstThenTheUsersWhoseCollectorWins() {
        DesktopJvm.JarCommand self = new DesktopJvm.JarCommand(List.of("-XX:+UseZGC", "-Xmx2g"), Path.of("/opt/s.jar"),
                List.of("gui"));
        List<String> command = DesktopJvm.command(Path.of("/jdk/bin/java"),
                List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx768m"), List.of("-Xshare:auto"), self);

        assertEquals("/jdk/bin/java", command.get(0));
        assertFalse(command.contains("-XX:+UseSerialGC"), "two collectors would stop the JVM");
        assertTrue(command.indexOf("-Xmx768m") < command.indexOf("-Xmx2g"), "the user's heap size comes last and wins");
        assertTrue(command.contains("-Xshare:auto"));
        assertTrue(command.contains("-D" + DesktopJvm.RELAUNCHED + "=" + ProcessHandle.current().pid()));
        assertEquals(List.of("-jar", "/opt/s.jar", "gui"), command.subList(command.size() - 3, command.size()));

        List<String> plain = DesktopJvm.command(Path.of("java"), List.of("-XX:+UseSerialGC"), List.of(),
                new DesktopJvm.JarCommand(List.of(), Path.of("s.jar"), List.of()));
        assertTrue(plain.contains("-XX:+UseSerialGC"));
    }

    @Test
    void theOptionsFileHoldsOneOptionPerLineWithComments() {
        assertEquals(List.of("-Xms64m", "-XX:+UseSerialGC"),
                DesktopJvm.parseOptions("# heading\n-Xms64m   # why\n\n  -XX:+UseSerialGC\r\n"));
        List<String> shipped = DesktopJvm.desktopOptions();
        assertTrue(shipped.contains("-XX:TieredStopAtLevel=1"), shipped.toString());
        assertTrue(shipped.stream().allMatch(o -> o.startsWith("-") && !o.contains(" ")), shipped.toString());
    }

    @Test
    void thisProcessStartedBeforeNowAndAfterTheJvmSaysItStarted() {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        java.util.OptionalLong started = DesktopJvm.processStartMillis();
        if (Files.isReadable(Path.of("/proc/self/stat"))) {
            assertTrue(started.isPresent());
            // The process exists a little before its JVM does; a clock tick is 10 ms.
            long early = jvmStart - started.getAsLong();
            assertTrue(early >= -20 && early < 500, "process start " + early + " ms before the JVM's");
        } else {
            assertTrue(started.isEmpty());
        }
    }

    @Test
    void relaunchingCanBeSwitchedOff() {
        assertTrue(DesktopJvm.switchedOff("0"));
        assertTrue(DesktopJvm.switchedOff(" False "));
        assertFalse(DesktopJvm.switchedOff(null));
        assertFalse(DesktopJvm.switchedOff("1"));
    }

    @Test
    void theArchiveLivesInTheUsersCacheFolder() {
        Path home = Path.of("/home/ada");
        assertEquals(home.resolve(".cache/statuslab"), DesktopJvm.cacheDirectory(Map.of(), "Linux", home));
        assertEquals(Path.of("/xdg/statuslab"), DesktopJvm.cacheDirectory(Map.of("XDG_CACHE_HOME", "/xdg"), "Linux", home));
        assertEquals(home.resolve("Library/Caches/StatusLab"), DesktopJvm.cacheDirectory(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:/Users/ada/AppData/Local", "StatusLab", "cache"),
                DesktopJvm.cacheDirectory(Map.of("LOCALAPPDATA", "C:/Users/ada/AppData/Local"), "Windows 11", home));
        assertEquals(Path.of("/tmp/c"), DesktopJvm.cacheDirectory(Map.of("STATUSLAB_CACHE_DIR", "/tmp/c"), "Linux", home));
    }

    /**
     * A real child JVM on a small jar: the first run writes the archive as it exits and the parent
     * moves it into place; the second maps it; both pass their exit code and arguments through.
     */
    @Test
    void theFirstChildWritesTheArchiveTheNextOneMapsIt() throws Exception {
        Path jar = smallJar();
        Path cache = dir.resolve("cache");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> options = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

        DesktopJvm.Archive first = DesktopJvm.Archive.in(cache, jar, options);
        assertFalse(first.exists());
        assertTrue(String.join(" ", first.options()).contains("-XX:ArchiveClassesAtExit=" + first.pending()));
        Path out1 = dir.resolve("out1.txt");
        int code = DesktopJvm.runChild(DesktopJvm.command(java, options, first.options(),
                new DesktopJvm.JarCommand(List.of(), jar, List.of(out1.toString()))), first);
        assertEquals(7, code);
        assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(out1).strip(),
                "the child knows its parent");
        assertTrue(Files.size(first.file()) > 0, "the archive is in place");
        assertFalse(Files.exists(first.pending()));

        DesktopJvm.Archive second = DesktopJvm.Archive.in(cache, jar, options);
        assertTrue(second.exists());
        assertEquals(first.file(), second.file());
        assertTrue(second.options().contains("-XX:SharedArchiveFile=" + second.file()));
        Path out2 = dir.resolve("out2.txt");
        assertEquals(7, DesktopJvm.runChild(DesktopJvm.command(java, options, second.options(),
                new DesktopJvm.JarCommand(List.of(), jar, List.of(out2.toString()))), second));
        assertTrue(Files.exists(out2));

        assertTrue(DesktopJvm.Archive.in(cache, jar, List.of("-Xms32m")).pending() != null,
                "other options, another archive");
    }

    @Test
    void publishingDropsArchivesUnusedForAMonth() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path old = Files.writeString(cache.resolve("statuslab-0ld.jsa"), "old");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(40))));
        Path recent = Files.writeString(cache.resolve("statuslab-5ecent.jsa"), "recent");
        Path unrelated = Files.writeString(cache.resolve("notes.txt"), "mine");
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minus(Duration.ofDays(40))));
        Path jar = Files.writeString(dir.resolve("app.jar"), "not really a jar");
        DesktopJvm.Archive archive = DesktopJvm.Archive.in(cache, jar, List.of());
        Files.writeString(archive.pending(), "an archive");

        archive.publish();

        assertTrue(Files.exists(archive.file()));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
        assertTrue(Files.exists(unrelated));
    }

    /** A jar whose main writes the relaunch property to the file named by its argument and exits with 7. */
    private Path smallJar() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Hello.java"), """
                public class Hello {
                    public static void main(String[] args) throws Exception {
                        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]),
                                System.getProperty("statuslab.relaunched", "none"));
                        System.exit(7);
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                src.resolve("Hello.java").toString());
        assertEquals(0, compiled);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
        Path jar = dir.resolve("hello.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Hello.class"));
            out.write(Files.readAllBytes(classes.resolve("Hello.class")));
            out.closeEntry();
        }
        return jar;
    }
}
