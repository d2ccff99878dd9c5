package dev.statuslab.ui.response;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.json.JsonText;
import dev.statuslab.core.transcript.Exchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies kept in a file: capped previews, "Show all", and saving to a file. */
class LargeBodyTest {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private final ResponseViewModel vm = new ResponseViewModel(new BodyViewModel(Runnable::run, Runnable::run));

    private Exchange fiveMegabytesOfText() throws IOException {
        Path file = dir.resolve("body.txt");
        byte[] line =
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 5 * MIB / line.length; i++) {
                out.write(line);
            }
        }
        return Exchanges.response(
                Exchanges.get("/big/"),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Type", "text/plain"),
                Body.ofFile(file, Files.size(file)));
    }

    @Test
    void aFiveMegabyteBodyIsCappedAtTwoMegabytes() throws IOException {
        vm.show(fiveMegabytesOfText());

        assertTrue(vm.body().cappedProperty().get());
        assertEquals("5 MB", vm.sizeProperty().get());
        assertEquals(
                "Showing the first 2 MB of 5 MB", vm.body().bodyNoticeProperty().get());
        assertEquals(2 * MIB, vm.body().rawBodyTextProperty().get().length());
        assertTrue(vm.body()
                .rawMessageProperty()
                .get()
                .contains(" HTTP/1.1\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n0123"));
    }

    @Test
    void showAllLoadsTheWholeBody() throws IOException {
        vm.show(fiveMegabytesOfText());

        vm.body().showAll();

        assertFalse(vm.body().cappedProperty().get());
        assertEquals(5 * MIB, vm.body().rawBodyTextProperty().get().length());
        assertEquals("", vm.body().bodyNoticeProperty().get());
        assertEquals("Showing all 5 MB", vm.body().messageProperty().get());
    }

    @Test
    void saveBodyCopiesTheWholeFileAndSaysWhere() throws IOException {
        Exchange big = fiveMegabytesOfText();
        vm.show(big);
        Path target = dir.resolve("saved.txt");

        vm.body().saveBody(target);

        assertEquals(
                "Saved 5 MB to " + target.toAbsolutePath(),
                vm.body().messageProperty().get());
        assertArrayEquals(Files.readAllBytes(big.response().body().file().orElseThrow()), Files.readAllBytes(target));
        assertFalse(vm.body().savingProperty().get());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no leftovers");
        }
    }

    @Test
    void savingToAnUnwritablePathReportsTheReasonAndKeepsTheResponse() {
        vm.show(Exchanges.response(200, "OK", Headers.of("Content-Type", "application/json"), "{\"a\":1}"));
        String pretty = vm.body().bodyTextProperty().get();
        Path target = dir.resolve("no-such-folder").resolve("out.json");

        vm.body().saveBody(target);

        assertEquals(
                "Could not write " + target.toAbsolutePath() + ": the folder "
                        + target.getParent().toAbsolutePath() + " does not exist",
                vm.body().messageProperty().get());
        assertEquals("HTTP/1.1 200 OK", vm.statusLineProperty().get());
        assertEquals(pretty, vm.body().bodyTextProperty().get());
        assertEquals(ResponseViewModel.Phase.RESPONSE, vm.phaseProperty().get());
    }

    @Test
    void savingOverAFolderIsRefused() throws IOException {
        vm.show(Exchanges.response(200, "OK", Headers.empty(), "OK"));
        Path folder = Files.createDirectory(dir.resolve("folder"));

        vm.body().saveBody(folder);

        assertEquals(
                "Could not write " + folder.toAbsolutePath() + ": it is a folder",
                vm.body().messageProperty().get());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aCappedJsonPreviewIsIndentedAsFarAsItGoes() throws IOException {
        Path file = dir.resolve("big.json");
        StringBuilder json = new StringBuilder("[");
        while (json.length() < 3 * MIB) {
            json.append("{\"id\":").append(json.length()).append(",\"name\":\"Ada\"},");
        }
        json.append("{}]");
        Files.writeString(file, json);
        vm.show(Exchanges.response(
                Exchanges.get("/api/"),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Type", "application/json"),
                Body.ofFile(file, Files.size(file))));

        assertTrue(vm.body().cappedProperty().get());
        assertTrue(vm.body().bodyTextProperty().get().startsWith("[\n  {\n    \"id\": 7,"), "indented");
        assertTrue(vm.body().bodyTextProperty().get().endsWith(JsonText.PREVIEW_ENDS));
    }
}
