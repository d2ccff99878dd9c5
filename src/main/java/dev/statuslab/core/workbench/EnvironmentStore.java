package dev.statuslab.core.workbench;

import dev.statuslab.core.json.StrictJson;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Environments as files: {@code environments/<name>.json} in the data folder, one per
 * environment, written through a temporary file; a file that cannot be read is moved to
 * {@code environments/set-aside/} with a message, and the others load.
 *
 * <pre>
 * {"statuslab": "environment", "version": 1, "name": "local",
 *  "variables": [{"name": "token", "value": "s3cr3t", "secret": true, "enabled": true}]}
 * </pre>
 */
public final class EnvironmentStore {

    public static final String FOLDER = "environments";
    private static final String KIND = "environment";

    /** The environments read, by name, and a sentence per file set aside. */
    public record Loaded(List<Environment> environments, List<String> problems) {}

    private final Path directory;

    public EnvironmentStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public static EnvironmentStore inDataDirectory(Path data) {
        return new EnvironmentStore(data.resolve(FOLDER));
    }

    public Path directory() {
        return directory;
    }

    /** Blocking: call it off the UI thread. */
    public Loaded load() {
        List<Environment> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files(problems)) {
            try {
                found.add(read(file));
            } catch (IOException | RuntimeException e) {
                problems.add("Environment " + WorkbenchFiles.setAside(file, e));
            }
        }
        found.sort(Comparator.comparing(Environment::name, String.CASE_INSENSITIVE_ORDER));
        return new Loaded(List.copyOf(found), List.copyOf(problems));
    }

    /** Writes one environment to its file (replacing the one of the same name). */
    public void save(Environment environment) throws IOException {
        WorkbenchFiles.write(fileOf(environment.name()), g -> {
            g.writeStartObject();
            g.writeStringField("statuslab", KIND);
            g.writeNumberField("version", 1);
            g.writeStringField("name", environment.name());
            DraftJson.writeVariables(g, environment.variables());
            g.writeEndObject();
        });
    }

    public void delete(String name) throws IOException {
        Files.deleteIfExists(fileOf(name));
    }

    private Path fileOf(String name) {
        return directory.resolve(WorkbenchFiles.slug(name) + ".json");
    }

    static Environment read(Path file) throws IOException {
        StrictJson.Obj o =
                StrictJson.Obj.of(WorkbenchFiles.read(file), "", "statuslab", "version", "name", "variables");
        Versions.check(o, KIND);
        return new Environment(o.text("name"), DraftJson.readVariables(o));
    }

    private List<Path> files(List<String> problems) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*.json")) {
            entries.forEach(out::add);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            problems.add(
                    "The environments in " + directory + " could not be read (" + WorkbenchFiles.reasonOf(e) + ")");
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
