package dev.statuslab.core.scenario;

import dev.statuslab.core.io.AtomicFiles;
import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.json.StrictJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The user's mock sets on disk: the default set is today's {@code mocks.json}; every other set is
 * a file of the same format in {@code mock-sets/} beside it, named after the set (characters a
 * file name cannot hold are written as {@code %XX}). Which set the window shows and which sets
 * answer is kept in {@code mock-sets.json}. Each set file is a {@link MockStore}: an unreadable one
 * is set aside with a message and the others load. Every method blocks: call them off the UI
 * thread, one at a time.
 */
public final class MockSets {

    /** The name of the set in {@code mocks.json}, which cannot be renamed or deleted. */
    public static final String DEFAULT = "Default";

    /** The set a backend's answers are recorded into unless another is named. */
    public static final String RECORDED = "recorded";

    public static final int MAX_NAME = 60;
    static final String FOLDER = "mock-sets";
    static final String CHOICE = "mock-sets.json";

    /** One set: its name, its mocks, and whether it answers. */
    public record MockSet(String name, List<MockRoute> mocks, boolean active) {
        public MockSet {
            Objects.requireNonNull(name, "name");
            mocks = List.copyOf(mocks);
        }
    }

    /** What {@link #load()} found: the sets (the default first), the set shown, and what went wrong. */
    public record Loaded(List<MockSet> sets, String current, List<String> problems) {
        public Loaded {
            sets = List.copyOf(sets);
            problems = List.copyOf(problems);
        }
    }

    private final Path defaultFile;
    private final Path folder;
    private final Path choice;
    private final Map<String, MockStore> stores = new ConcurrentHashMap<>();

    /** Sets around this default file: {@code mock-sets/} and {@code mock-sets.json} beside it. */
    public MockSets(Path defaultFile) {
        this.defaultFile = defaultFile.toAbsolutePath();
        this.folder = this.defaultFile.getParent().resolve(FOLDER);
        this.choice = this.defaultFile.getParent().resolve(CHOICE);
    }

    public static MockSets inDataDirectory(Path dataDirectory) {
        return new MockSets(dataDirectory.resolve(MockStore.FILE_NAME));
    }

    /** The file a set lives in. */
    public Path fileOf(String name) {
        return name.equals(DEFAULT) ? defaultFile : folder.resolve(fileName(name));
    }

    /** Why this cannot be a new set's name beside {@code taken}, or null. */
    public static String nameProblem(String name, Collection<String> taken) {
        if (name == null || name.isBlank()) {
            return "a set needs a name";
        }
        if (!name.equals(name.strip())) {
            return "the name cannot start or end with a space";
        }
        if (name.length() > MAX_NAME) {
            return "the name is longer than " + MAX_NAME + " characters";
        }
        if (name.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
            return "the name cannot hold control characters";
        }
        for (String t : taken) {
            if (t.equalsIgnoreCase(name)) {
                return "there is a set named " + t + " already";
            }
        }
        return null;
    }

    /** A name for a new set after {@code name} (an import's title): " 2", " 3" … after it when taken. */
    public static String uniqueName(String name, Collection<String> taken) {
        String base = name == null || name.isBlank() ? "Imported" : name.strip();
        base = base.length() > MAX_NAME - 4 ? base.substring(0, MAX_NAME - 4).strip() : base;
        base = base.chars().anyMatch(c -> c < ' ' || c == 0x7f) ? base.replaceAll("\\p{Cntrl}", " ") : base;
        String candidate = base;
        for (int n = 2; nameProblem(candidate, taken) != null; n++) {
            candidate = base + " " + n;
        }
        return candidate;
    }

    /** Why a backend's answers cannot be recorded into a set of this name, or null: any set's name but the default one. */
    public static String recordingProblem(String name) {
        if (name != null && name.strip().equalsIgnoreCase(DEFAULT)) {
            return "answers are recorded into a set of their own, not the default set";
        }
        return nameProblem(name, List.of());
    }

    /** Every set; a file that cannot be read is set aside (or left alone) and named in the problems. */
    public Loaded load() {
        List<String> problems = new ArrayList<>();
        List<MockSet> sets = new ArrayList<>();
        Choice chosen = readChoice(problems);
        List<String> names = new ArrayList<>();
        names.add(DEFAULT);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> Files.isRegularFile(f) && !AtomicFiles.isLeftover(f))
                        .map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".json"))
                        .map(n -> nameOf(n.substring(0, n.length() - ".json".length())))
                        .filter(n -> n != null && !n.equalsIgnoreCase(DEFAULT))
                        .sorted(Comparator.comparing((String n) -> n.toLowerCase(Locale.ROOT)))
                        .forEach(names::add);
            } catch (IOException e) {
                problems.add("The mock sets in " + folder + " could not be listed (" + IoMessages.reason(e)
                        + "); only the default set is loaded");
            }
        }
        for (String name : names) {
            MockStore.Loaded loaded = store(name).load();
            if (!loaded.ok()) {
                problems.add(name.equals(DEFAULT) ? loaded.problem() : "Mock set " + name + ": " + loaded.problem());
            }
            sets.add(new MockSet(name, loaded.mocks(), !chosen.inactive().contains(name)));
        }
        String current = names.contains(chosen.current()) ? chosen.current() : DEFAULT;
        return new Loaded(sets, current, problems);
    }

    /** One set's mocks, read on its own; a file that cannot be read is set aside as {@link #load()} does. */
    public MockStore.Loaded load(String name) {
        return store(name).load();
    }

    /** Replaces a set's file with these mocks (made when it is new). */
    public void save(String name, List<MockRoute> mocks) throws IOException {
        store(name).save(mocks);
    }

    /** Gives a set another name: its file moves. The default set keeps its name. */
    public void rename(String from, String to) throws IOException {
        if (from.equals(DEFAULT) || to.equals(DEFAULT)) {
            throw new IOException("the default set keeps its name");
        }
        Path source = fileOf(from);
        Path target = fileOf(to);
        if (Files.exists(target) && !Files.isSameFile(source, target)) {
            throw new IOException("there is a file " + target + " already");
        }
        Files.createDirectories(folder);
        AtomicFiles.move(source, target);
        stores.remove(from);
    }

    /** Deletes a set's file; the default set cannot be deleted (it can be emptied). */
    public void delete(String name) throws IOException {
        if (name.equals(DEFAULT)) {
            throw new IOException("the default set cannot be deleted");
        }
        Files.deleteIfExists(fileOf(name));
        stores.remove(name);
    }

    /** Remembers which set is shown and which sets do not answer. */
    public void saveChoice(String current, Collection<String> inactive) throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"version\": 1,\n  \"current\": ")
                .append(quote(current))
                .append(",\n  \"inactive\": [");
        List<String> off = List.copyOf(inactive);
        for (int i = 0; i < off.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(quote(off.get(i)));
        }
        json.append("]\n}\n");
        Files.createDirectories(choice.getParent());
        AtomicFiles.write(choice, json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private record Choice(String current, List<String> inactive) {}

    private Choice readChoice(List<String> problems) {
        try (InputStream in = Files.newInputStream(choice)) {
            StrictJson.Obj root = StrictJson.Obj.of(StrictJson.parse(in), "", "version", "current", "inactive");
            return new Choice(root.text("current"), root.list("inactive", StrictJson.TEXT));
        } catch (NoSuchFileException e) {
            return new Choice(DEFAULT, List.of());
        } catch (IOException | IllegalArgumentException e) {
            problems.add("Which mock sets answer could not be read from " + choice + " (" + e.getMessage()
                    + "); every set answers");
            return new Choice(DEFAULT, List.of());
        }
    }

    private MockStore store(String name) {
        return stores.computeIfAbsent(name, n -> new MockStore(fileOf(n)));
    }

    /** The file name of a set: letters, digits, space, '-', '_' and '.' as they are, the rest as %XX. */
    static String fileName(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == ' '
                    || c == '-'
                    || c == '_'
                    || c == '.' && out.length() > 0;
            out.append(plain ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return out + ".json";
    }

    /** The name a file stem stands for, or null when it is not one {@link #fileName} writes. */
    static String nameOf(String stem) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (c == '%' && i + 2 < stem.length()) {
                try {
                    bytes.write(Integer.parseInt(stem.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException e) {
                    return null;
                }
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return null;
            }
        }
        String name = bytes.toString(StandardCharsets.UTF_8);
        return name.isEmpty() ? null : name;
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < ' ' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
