package dev.statuslab.core.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.json.StrictJson;
import dev.statuslab.core.scenario.BodyKind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Postman Collection v2.1 import and export, with a real v2.1 sample written for these tests. */
class PostmanTest {

    @TempDir
    Path dir;

    static PostmanImport.Imported sample() throws Exception {
        try (InputStream in = PostmanTest.class.getResourceAsStream("tutorial.postman_collection.json")) {
            return PostmanImport.read(in);
        }
    }

    private static PostmanImport.Imported read(String json) throws Exception {
        return PostmanImport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void foldersRequestsVariablesAndAuthAreImported() throws Exception {
        RequestCollection c = sample().collection();
        assertEquals("Django tutorial", c.name());
        assertEquals(
                List.of("baseUrl", "token", "messageId"),
                c.variables().stream().map(Variable::name).toList());
        assertTrue(c.variables().get(1).secret());
        assertEquals(
                List.of("Messages", "Forms"),
                c.root().folders().stream().map(Folder::name).toList());
        assertEquals(
                List.of("Ping"),
                c.root().requests().stream().map(SavedRequest::name).toList());

        RequestDraft detail = c.root().folders().get(0).requests().get(0).draft();
        assertEquals("GET", detail.method());
        assertEquals("{{baseUrl}}/messages/{{messageId}}/", detail.url());
        assertEquals(
                List.of(RequestDraft.Row.of("Accept", "text/html"), new RequestDraft.Row("X-Debug", "1", false)),
                detail.headers());
        assertEquals(new Auth.Bearer("{{token}}"), detail.auth(), "inherited from the collection");

        RequestDraft create = c.root().folders().get(0).requests().get(1).draft();
        assertEquals(BodyKind.JSON, create.bodyKind());
        assertTrue(create.body().contains("\"name\": \"Grace\""));
        assertEquals(Auth.NONE, create.auth());

        RequestDraft form = c.root().folders().get(1).requests().get(0).draft();
        assertEquals("http://127.0.0.1:8000/contact/?source=postman", form.url());
        assertEquals(BodyKind.FORM, form.bodyKind());
        assertEquals("name=Ada+Lovelace&email=ada%40example.com&message=Hello+%26+bye", form.body());
        assertEquals(new Auth.Basic("ada", "{{password}}"), form.auth(), "inherited from the folder");
    }

    @Test
    void whatCannotBeMappedIsNamedInTheNotes() throws Exception {
        List<String> notes = sample().notes();
        String all = String.join("\n", notes);
        assertTrue(all.contains("variable \"api key\""), all);
        assertTrue(all.contains("'formdata' body"), all);
        assertTrue(all.contains("'digest' auth"), all);
        assertTrue(all.contains("1 pre-request or test script"), all);
        RequestDraft upload =
                sample().collection().root().folders().get(1).requests().get(1).draft();
        assertEquals(Auth.NONE, upload.auth());
        assertEquals(BodyKind.NONE, upload.bodyKind());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [1,]} | line 1, column 1
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}} | /
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v1.0.0/collection.json"}, "item": []} | /info/schema
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [{"name": "a"}]} | /item/0
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [{"name": "f", "item": [{"request": {"method": "GE T", "url": "http://x/"}}]}]} | /item/0/item/0/request/method
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [{"request": {"url": "http://x/", "header": [{"key": "A", "value": "1"}, 5]}}]} | /item/0/request/header/1
            {"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [{"request": {"method": "GET"}}]} | /item/0/request
            [] | /
            """)
    void aFileThatCannotBeReadIsRefusedWithThePlace(String json, String where) {
        WorkbenchFileException e = assertThrows(WorkbenchFileException.class, () -> read(json));
        assertTrue(
                e.where().startsWith(where.equals("line 1, column 1") ? "line 1, column" : where),
                () -> e.where() + " — " + e.getMessage());
        assertFalse(e.reason().isBlank());
    }

    @Test
    void exportWritesV21WithoutSecretsAndImportsBackTheSame() throws Exception {
        RequestCollection original = sample().collection();
        Path file = dir.resolve("out.postman_collection.json");
        PostmanExport.write(original, SimulatorAddress.of("http://127.0.0.1:8765"), file);
        String text = Files.readString(file);
        assertFalse(text.contains("s3cr3t-token"), "a secret value is not exported");
        Map<?, ?> root = (Map<?, ?>) StrictJson.parse(Files.newInputStream(file));
        assertEquals(PostmanExport.SCHEMA, ((Map<?, ?>) root.get("info")).get("schema"));

        RequestCollection back = PostmanImport.read(file).collection();
        assertEquals(original.name(), back.name());
        assertEquals(original.root(), back.root());
        assertEquals("", back.variables().get(1).value());
        assertTrue(back.variables().get(1).secret());
    }

    @Test
    void exportAddsTheSimulatorVariableForPostmanAndImportLeavesItToTheBuiltIn() throws Exception {
        RequestCollection c = RequestCollection.named(
                "Sim",
                List.of(),
                List.of(),
                List.of(SavedRequest.named("Ping", RequestDraft.get("{{simulator}}/ping/"))));
        Path file = dir.resolve("sim.json");
        PostmanExport.write(c, SimulatorAddress.of("http://127.0.0.1:8765"), file);
        assertTrue(Files.readString(file).contains("\"value\" : \"http://127.0.0.1:8765\""), "for Postman");
        PostmanImport.Imported back = PostmanImport.read(file);
        assertEquals(List.of(), back.collection().variables(), "back in StatusLab the built-in is used");
        assertTrue(back.notes().get(0).contains("variable \"simulator\""), back.notes()::toString);
        assertEquals(
                "{{simulator}}/ping/",
                back.collection().root().requests().get(0).draft().url());
    }
}
