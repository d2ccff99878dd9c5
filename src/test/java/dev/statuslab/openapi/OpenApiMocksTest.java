package dev.statuslab.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockFileException;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSource;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenAPI files into mock sets, and those mocks served over real HTTP on port 0. */
public class OpenApiMocksTest {

    public static final String PETS =
            """
            openapi: 3.0.3
            info: {title: Pet store, version: "1"}
            paths:
              /pets:
                get:
                  responses:
                    "500": {description: broken}
                    "200":
                      description: the pets
                      content:
                        application/json:
                          example: [{id: 1, name: Rex}]
                post:
                  responses:
                    "201":
                      description: made
                      headers:
                        Location: {schema: {type: string, example: /pets/2}}
              /pets/{petId}:
                parameters:
                  - {name: petId, in: path, required: true, schema: {type: integer}}
                get:
                  responses:
                    "200":
                      description: one pet
                      headers:
                        X-Rate-Limit: {schema: {type: integer}}
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Pet"}
                    "404": {description: no such pet}
                delete:
                  responses:
                    "204": {description: gone}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    id: {type: integer, format: int64}
                    name: {type: string, enum: [Rex, Tom]}
                    born: {type: string, format: date}
                    tags: {type: array, items: {type: string}}
            """;

    @TempDir
    Path temp;

    private MockSource.Imported read(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return new OpenApiMocks().read(file);
    }

    @Test
    void eachOperationAndResponseBecomesAMockWithTheSuccessFirst() throws Exception {
        MockSource.Imported pets = read("pets.yaml", PETS);

        assertEquals("Pet store", pets.title());
        assertEquals(
                List.of(
                        "GET /pets 200",
                        "GET /pets 500",
                        "POST /pets 201",
                        "GET /pets/{petId} 200",
                        "GET /pets/{petId} 404",
                        "DELETE /pets/{petId} 204"),
                pets.mocks().stream()
                        .map(m -> m.method() + " " + m.path() + " " + m.status())
                        .toList());
        MockRoute created = pets.mocks().get(2);
        assertEquals(List.of(new Header("Location", "/pets/2")), created.headers());
        assertEquals("", created.body());
    }

    @Test
    void theImportedMocksAnswerOverHttpWithTheExampleOrOneMadeFromTheSchema() throws Exception {
        MockSource.Imported pets = read("pets.yaml", PETS);
        try (SimulatorServer server = new SimulatorServer(SimulatorOptions.loopback(0), StatusCatalog.load())) {
            server.start();
            server.mocks().replaceAll(pets.mocks());
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> list = http.send(
                    HttpRequest.newBuilder(server.baseUri().resolve("/pets")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> one = http.send(
                    HttpRequest.newBuilder(server.baseUri().resolve("/pets/7")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, list.statusCode());
            assertEquals("[{\"id\":1,\"name\":\"Rex\"}]", list.body().replaceAll("\\s", ""));
            assertEquals(200, one.statusCode());
            assertEquals(
                    "{\"id\":0,\"name\":\"Rex\",\"born\":\"2024-01-01\",\"tags\":[\"string\"]}",
                    one.body().replaceAll("\\s", ""));
            assertEquals(
                    "application/json",
                    one.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals("0", one.headers().firstValue("X-Rate-Limit").orElse(""));
        }
    }

    @Test
    void aJsonFileOfOpenApi31IsReadWithItsNamedExamples() throws Exception {
        MockSource.Imported api = read(
                "api.json",
                """
                {"openapi": "3.1.0", "info": {"title": "Orders", "version": "1"},
                 "paths": {"/orders": {"get": {"responses": {"200": {"description": "ok",
                   "content": {"text/plain": {"examples": {"one": {"value": "order 1"}}}}}}}}}}
                """);

        assertEquals("Orders", api.title());
        MockRoute orders = api.mocks().get(0);
        assertEquals("order 1", orders.body());
        assertEquals(List.of(new Header("Content-Type", "text/plain")), orders.headers());
    }

    @Test
    void brokenYamlIsRefusedWithItsLineAndColumn() {
        MockFileException e = assertThrows(
                MockFileException.class, () -> read("bad.yaml", "openapi: 3.0.0\npaths:\n  /a: [unclosed\n"));

        assertEquals(
                "line 3, column 16: while parsing a flow sequence; expected ',' or ']', but got <stream end>",
                e.getMessage());
    }

    @Test
    void anOperationWithoutResponsesIsRefusedWithItsPlace() {
        MockFileException e = assertThrows(
                MockFileException.class,
                () -> read(
                        "bad.yaml",
                        """
                openapi: 3.0.0
                info: {title: t, version: "1"}
                paths:
                  /a:
                    get: {summary: nothing declared}
                """));

        assertEquals("paths.'/a'(get).responses: is missing", e.getMessage());
    }

    @Test
    void aSwagger2FileIsRefusedAtItsVersionField() {
        MockFileException e = assertThrows(
                MockFileException.class, () -> read("old.json", "{\"swagger\": \"2.0\", \"info\": {}, \"paths\": {}}"));

        assertTrue(e.getMessage().contains("/openapi"), e.getMessage());
        assertTrue(e.getMessage().contains("Swagger 2"), e.getMessage());
    }
}
