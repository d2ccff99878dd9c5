package dev.statuslab.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The window from a plain {@code java -jar statuslab.jar}. A JVM started that way has a server's
 * defaults (two compilers, a large G1 heap) and no class-data archive for the app: on two cores the
 * window takes twice as long to show. The packaged app sets its options in its launcher; the jar
 * cannot, so it starts itself once more in a child JVM with the same options
 * ({@code desktop-jvm.options}) and an application class-data archive, and waits for it, passing
 * on its exit code. The first such launch writes the archive into the user's cache folder when it
 * exits; later launches map it.
 *
 * <p>Not relaunched: a child (it has {@value #RELAUNCHED}), the packaged app, a start from classes
 * rather than a jar ({@code mvn javafx:run}), a JVM other than HotSpot, a command line the process
 * does not expose, or {@code STATUSLAB_RELAUNCH=0}. The user's own JVM options are passed on after
 * ours, so theirs win (and a garbage collector they chose replaces ours).
 *
 * <p>This class uses {@code java.base} only: the parent JVM loads nothing else.
 */
public final class DesktopJvm {

    /** The system property that marks the child JVM; its value is the process id of the parent. */
    static final String RELAUNCHED = "statuslab.relaunched";
    /** The system property that tells the child when the parent started (epoch milliseconds), for the benches. */
    static final String LAUNCH_STARTED = "statuslab.launch.started";
    /** The environment variable that turns relaunching off with "0", "false" or "no". */
    static final String SWITCH = "STATUSLAB_RELAUNCH";
    static final String OPTIONS_RESOURCE = "desktop-jvm.options";
    private static final String ARCHIVE_PREFIX = "statuslab-";
    private static final Duration STALE_ARCHIVE = Duration.ofDays(30);

    /** How the running JVM was started with {@code java [jvm options] -jar JAR [args]}. */
    record JarCommand(List<String> jvmOptions, Path jar, List<String> args) {
        JarCommand {
            jvmOptions = List.copyOf(jvmOptions);
            args = List.copyOf(args);
        }

        /** Reads a JVM's arguments (without the executable); empty unless they are the {@code -jar} form. */
        static Optional<JarCommand> parse(List<String> arguments) {
            List<String> options = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                String a = arguments.get(i);
                if (a.equals("-jar")) {
                    if (i + 1 >= arguments.size()) {
                        return Optional.empty();
                    }
                    return Optional.of(new JarCommand(options, Path.of(arguments.get(i + 1)),
                            arguments.subList(i + 2, arguments.size())));
                }
                if (!a.startsWith("-") || TAKES_VALUE.contains(a)) {
                    return Optional.empty(); // a main class, or -cp/--module-path: not a jar launch
                }
                options.add(a);
            }
            return Optional.empty();
        }

        private static final List<String> TAKES_VALUE = List.of("-cp", "-classpath", "--class-path", "-p",
                "--module-path", "-m", "--module", "--add-modules", "--upgrade-module-path");
    }

    private DesktopJvm() {
    }

    /**
     * Runs the window in a tuned child JVM when this one was started with a plain {@code java -jar}:
     * returns the child's exit code, or empty when the caller should open the window itself.
     */
    public static OptionalInt relaunch(String[] args) {
        if (System.getProperty(RELAUNCHED) != null || System.getProperty("jpackage.app-path") != null
                || switchedOff(System.getenv(SWITCH))
                || !System.getProperty("java.vm.name", "").contains("HotSpot")
                && !System.getProperty("java.vm.name", "").contains("OpenJDK")) {
            return OptionalInt.empty();
        }
        Optional<JarCommand> self = ProcessHandle.current().info().arguments()
                .flatMap(a -> JarCommand.parse(List.of(a)));
        if (self.isEmpty() || !Files.isRegularFile(self.get().jar()) || !ownJar(self.get().jar())) {
            return OptionalInt.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        List<String> desktop = desktopOptions();
        Archive archive = Archive.in(cacheDirectory(System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home"))), self.get().jar(), desktop);
        List<String> command = command(java, desktop, archive.options(), self.get());
        try {
            return OptionalInt.of(runChild(command, archive));
        } catch (IOException e) {
            System.err.println("statuslab: could not start a tuned JVM (" + e.getMessage() + "); starting here instead");
            return OptionalInt.empty();
        }
    }

    static boolean switchedOff(String value) {
        return value != null && List.of("0", "false", "no", "off").contains(value.trim().toLowerCase(Locale.ROOT));
    }

    /** The child's command line: ours first, then the user's own JVM options, then the jar and its arguments. */
    static List<String> command(Path java, List<String> desktop, List<String> archiveOptions, JarCommand self) {
        boolean userPickedGc = self.jvmOptions().stream().anyMatch(o -> o.matches("-XX:\\+Use\\w+GC"));
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        for (String option : desktop) {
            if (!(userPickedGc && option.matches("-XX:\\+Use\\w+GC"))) {
                command.add(option);
            }
        }
        command.addAll(archiveOptions);
        command.addAll(self.jvmOptions());
        command.add("-D" + RELAUNCHED + "=" + ProcessHandle.current().pid());
        processStartMillis().ifPresent(started -> command.add("-D" + LAUNCH_STARTED + "=" + started));
        command.add("-jar");
        command.add(self.jar().toString());
        command.addAll(self.args());
        return command;
    }

    /**
     * When this process started, in epoch milliseconds, to within a clock tick: its age from
     * {@code /proc} (start time in ticks since boot, against the uptime) taken from now. Not
     * {@code ProcessHandle.Info.startInstant()}, which adds the boot time in whole seconds and so
     * can be up to a second early. Empty where there is no {@code /proc}.
     */
    static java.util.OptionalLong processStartMillis() {
        try {
            long now = System.currentTimeMillis();
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22 of the whole line
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            long ageMillis = Math.round(uptimeSeconds * 1000) - startTicks * 1000 / CLOCK_TICKS_PER_SECOND;
            return java.util.OptionalLong.of(now - ageMillis);
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** USER_HZ: 100 on every Linux architecture the JDK runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    /** The options of {@code desktop-jvm.options}: one per line, {@code #} starts a comment. */
    static List<String> desktopOptions() {
        try (InputStream in = DesktopJvm.class.getResourceAsStream(OPTIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPTIONS_RESOURCE + " is missing from the jar");
            }
            return parseOptions(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parseOptions(String text) {
        List<String> options = new ArrayList<>();
        for (String line : text.split("\\R")) {
            int hash = line.indexOf('#');
            String option = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return options;
    }

    /** Where the class-data archive is kept: a cache, safe to delete. */
    static Path cacheDirectory(Map<String, String> env, String osName, Path home) {
        String override = env.get("STATUSLAB_CACHE_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local, "StatusLab") : home.resolve("AppData/Local/StatusLab")).resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library/Caches/StatusLab");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "statuslab") : home.resolve(".cache/statuslab");
    }

    /**
     * The application class-data archive for one jar, JVM and set of options: mapped when it exists,
     * otherwise written by this launch when it exits (into a temporary file that the parent then
     * moves into place, so a half-written archive is never used).
     */
    record Archive(Path file, Path pending, boolean exists) {

        static Archive in(Path cache, Path jar, List<String> options) {
            String key;
            try {
                key = jar.toRealPath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                        + "|" + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version")
                        + "|" + options;
            } catch (IOException e) {
                return new Archive(null, null, false);
            }
            Path file = cache.resolve(ARCHIVE_PREFIX + Integer.toHexString(key.hashCode()) + ".jsa");
            if (Files.isRegularFile(file)) {
                try {
                    Files.setLastModifiedTime(file, FileTime.from(Instant.now())); // in use: not stale
                } catch (IOException e) {
                    // a read-only cache still serves
                }
                return new Archive(file, null, true);
            }
            try {
                Files.createDirectories(cache);
            } catch (IOException e) {
                return new Archive(null, null, false); // no cache folder: start without an archive
            }
            return Files.isWritable(cache)
                    ? new Archive(file, cache.resolve(file.getFileName() + ".writing-" + ProcessHandle.current().pid()), false)
                    : new Archive(null, null, false);
        }

        /** The JVM options that map or write the archive; JDK 17's remarks about it stay out of the user's terminal. */
        List<String> options() {
            if (exists) {
                return List.of("-XX:SharedArchiveFile=" + file, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            }
            if (pending != null) {
                return List.of("-XX:ArchiveClassesAtExit=" + pending, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
            }
            return List.of();
        }

        /** After the child exits: the archive it wrote is moved into place; archives unused for a month go. */
        void publish() {
            if (pending == null) {
                return;
            }
            try {
                if (Files.isRegularFile(pending) && Files.size(pending) > 0) {
                    Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(pending);
                }
                deleteStale(file.getParent(), file);
            } catch (IOException e) {
                System.err.println("statuslab: could not keep the class-data archive: " + e.getMessage());
            }
        }

        private static void deleteStale(Path cache, Path keep) throws IOException {
            Instant cutoff = Instant.now().minus(STALE_ARCHIVE);
            try (Stream<Path> files = Files.list(cache)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String name = f.getFileName().toString();
                    boolean ours = name.startsWith(ARCHIVE_PREFIX) && name.contains(".jsa");
                    if (ours && !f.equals(keep) && Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    /** Starts the child with this process's console, waits for it, and returns its exit code. */
    static int runChild(List<String> command, Archive archive) throws IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stopChild = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "statuslab-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code;
        while (true) {
            try {
                code = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // keep waiting: the window is the child's; the shutdown hook ends it with us
            }
        }
        Runtime.getRuntime().removeShutdownHook(stopChild);
        archive.publish();
        return code;
    }

    private static boolean ownJar(Path jar) {
        try {
            var source = DesktopJvm.class.getProtectionDomain().getCodeSource();
            return source != null && Path.of(source.getLocation().toURI()).toRealPath().equals(jar.toRealPath());
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
