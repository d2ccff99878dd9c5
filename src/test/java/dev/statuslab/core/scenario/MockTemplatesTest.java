package dev.statuslab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Headers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates in mock bodies and headers: what they see, and a template that does not parse. */
class MockTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateSeesParamsQueryHeadersJsonFieldsAndTheCounter() {
        MockRequest request = MockRequest.of(
                "POST", "/users/7?page=2", Headers.of("X-Trace", "abc"), "{\"user\": {\"name\": \"Ada\"}}");
        Map<String, Object> context = MockTemplates.context(request, Map.of("id", "7"), 3);

        String out = MockTemplates.render(
                "{{request.method}} {{request.params.id}} p{{request.query.page}}"
                        + " {{request.headers.[X-Trace]}} {{request.headers.x-trace}} {{request.json.user.name}} #{{counter}}",
                context);

        assertEquals("POST 7 p2 abc abc Ada #3", out);
    }

    @Test
    void uuidAndNowAreFreshValues() {
        String out = MockTemplates.render("{{uuid}} {{now}}", Map.of());
        String[] parts = out.split(" ");
        assertTrue(parts[0].matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), out);
        assertTrue(parts[1].matches("\\d{4}-\\d{2}-\\d{2}T.*Z"), out);
        assertTrue(!out.equals(MockTemplates.render("{{uuid}} {{now}}", Map.of())));
    }

    @Test
    void aTemplateThatDoesNotParseIsNamedWithLineAndColumn() {
        String problem = MockTemplates.problem("{\n  \"id\": \"{{request.params.id}\"\n}");

        assertTrue(problem.startsWith("line 2, column "), problem);
        assertNull(MockTemplates.problem("no braces at all"));
    }

    @Test
    void aJsonBodyEndingRightAfterATemplateIsRefusedBeforeItCanFailARequest() {
        String problem = MockTemplates.problem("{\"n\": {{counter}}}");

        assertTrue(problem.startsWith("line 1, column "), problem);
        assertTrue(problem.contains("found: '}}}'"), problem);
        assertThrows(
                IllegalArgumentException.class,
                () -> new MockAnswer(200, "", List.of(), "{\"n\": {{counter}}}", 0, null));
        assertNull(MockTemplates.problem("{\"n\": {{counter}} }"));
    }

    @Test
    void aMocksFileWithABrokenTemplateIsRefusedWithThePlace() throws Exception {
        Path file = Files.writeString(
                dir.resolve("mocks.json"),
                """
                {"version": 1, "mocks": [{"method": "GET", "path": "/x", "status": 200,
                  "headers": [{"name": "X-Id", "value": "{{#if}}"}]}]}""");

        MockFileException e = assertThrows(MockFileException.class, () -> MockStore.read(file));

        assertTrue(e.getMessage().startsWith("mocks[0]: the template of X-Id: line 1, column "), e.getMessage());
    }
}
