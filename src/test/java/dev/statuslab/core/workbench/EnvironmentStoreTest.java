package dev.statuslab.core.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentStoreTest {

    @TempDir
    Path data;

    @Test
    void environmentsRoundTripThroughReadableFiles() throws Exception {
        EnvironmentStore store = EnvironmentStore.inDataDirectory(data);
        Environment local = new Environment(
                "local",
                List.of(
                        Variable.of("host", "127.0.0.1"),
                        Variable.secret("token", "s3cr3t"),
                        new Variable("off", "x", false, false)));
        store.save(local);
        store.save(new Environment("Staging server", List.of()));
        EnvironmentStore.Loaded loaded = store.load();
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of(local, new Environment("Staging server", List.of())), loaded.environments());
        String text = Files.readString(data.resolve("environments/local.json"));
        assertTrue(text.contains("\n  \"name\" : \"local\""), text);
        assertTrue(Files.exists(data.resolve("environments/Staging-server.json")));
        try (Stream<Path> files = Files.list(data.resolve("environments"))) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anUnreadableEnvironmentIsSetAsideWithTheReasonAndTheRestLoads() throws Exception {
        EnvironmentStore store = EnvironmentStore.inDataDirectory(data);
        store.save(new Environment("good", List.of(Variable.of("a", "1"))));
        Files.writeString(
                data.resolve("environments/broken.json"),
                "{\"statuslab\": \"environment\",\n  \"version\": 1,",
                StandardCharsets.UTF_8);
        Files.writeString(
                data.resolve("environments/wrong.json"),
                "{\"statuslab\": \"environment\", \"version\": 1, \"name\": \"w\", \"variables\": [{\"name\": \"a b\","
                        + " \"value\": \"\", \"secret\": false, \"enabled\": true}]}",
                StandardCharsets.UTF_8);
        EnvironmentStore.Loaded loaded = store.load();
        assertEquals(
                List.of("good"),
                loaded.environments().stream().map(Environment::name).toList());
        assertEquals(2, loaded.problems().size(), loaded.problems()::toString);
        assertTrue(
                loaded.problems().get(0).contains("broken.json could not be read"),
                loaded.problems().get(0));
        assertTrue(loaded.problems().get(0).contains("line"), loaded.problems().get(0));
        assertTrue(
                loaded.problems().get(1).contains("not a variable name"),
                loaded.problems().get(1));
        assertTrue(Files.exists(data.resolve("environments/set-aside/broken.json")));
        assertTrue(Files.exists(data.resolve("environments/set-aside/wrong.json")));
    }
}
