package dev.statuslab.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusCatalogJsonTest {

    private static final String CLASS =
            """
            {"digit": %d, "title": "%s", "meaning": "m", "whenToUse": "u", "whenNotToUse": "n",
             "rfc": "RFC 9110", "section": "15.%d", "django": "d", "mistakes": ["a", "b"]}""";

    private static final String CODE =
            """
            {"code": 201, "reason": "Created", "registryName": "Created", "registration": "registered",
             "meaning": "Something was created.", "whenToUse": "u", "whenNotToUse": "n",
             "rfc": "RFC 9110", "section": "15.3.2",
             "headers": [{"name": "Location", "level": "recommended", "why": "w", "example": "/anything"},
                         {"name": "Content-Length", "level": "forbidden", "why": "w", "example": null}],
             "bodyAllowed": true, "django": "d", "djangoSnippet": "return HttpResponse(status=201)",
             "mistakes": ["one", "two"]}""";

    private static String classes() {
        String[] titles = {"Informational", "Successful", "Redirection", "Client Error", "Server Error"};
        StringBuilder sb = new StringBuilder();
        for (int d = 1; d <= 5; d++) {
            sb.append(d > 1 ? "," : "").append(String.format(CLASS, d, titles[d - 1], d + 1));
        }
        return sb.toString();
    }

    private static String document(String classes, String... codes) {
        return "{\"classes\": [" + classes + "], \"codes\": [" + String.join(",", codes) + "]}";
    }

    private static StatusCatalog parse(String json) throws IOException {
        return StatusCatalog.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String failure(String json) {
        IOException e = assertThrows(IOException.class, () -> parse(json));
        return e.getMessage();
    }

    @Test
    void minimalValidDocumentLoads() throws IOException {
        StatusCatalog catalog = parse(document(classes(), CODE));
        StatusInfo info = catalog.find(201).orElseThrow();
        assertEquals(StatusClass.SUCCESSFUL, info.statusClass());
        assertEquals(Registration.REGISTERED, info.registration());
        assertEquals(HeaderRule.Level.RECOMMENDED, info.headers().get(0).level());
        assertEquals(null, info.headers().get(1).example());
        assertEquals(List.of(info), catalog.all());
        assertEquals("15.5", catalog.describe(404).section());
    }

    @Test
    void unknownPropertyIsRejectedByName() {
        String json = document(classes(), CODE.replace("\"meaning\":", "\"meening\": \"typo\", \"meaning\":"));
        assertTrue(failure(json).contains("meening"), failure(json));
    }

    @Test
    void unknownTopLevelPropertyIsRejectedByName() {
        String json = document(classes(), CODE).replaceFirst("\\{", "{\"version\": 2, ");
        assertTrue(failure(json).contains("version"), failure(json));
    }

    @Test
    void missingRequiredFieldIsRejectedByName() {
        String json = document(classes(), CODE.replace("\"whenToUse\": \"u\",", ""));
        assertTrue(failure(json).contains("whenToUse"), failure(json));
    }

    @Test
    void missingHeaderExampleFieldIsRejectedByName() {
        String json = document(classes(), CODE.replace(", \"example\": null", ""));
        assertTrue(failure(json).contains("example"), failure(json));
    }

    @Test
    void blankTextIsRejectedWithCodeAndField() {
        String message = failure(document(classes(), CODE.replace("\"Something was created.\"", "\"  \"")));
        assertTrue(message.contains("201") && message.contains("meaning"), message);
    }

    @Test
    void requiredHeaderWithoutExampleIsRejected() {
        String message = failure(document(classes(), CODE.replace("\"example\": \"/anything\"", "\"example\": null")));
        assertTrue(message.contains("Location") && message.contains("example"), message);
    }

    @Test
    void unknownHeaderLevelIsRejected() {
        String message = failure(document(classes(), CODE.replace("\"recommended\"", "\"mandatory\"")));
        assertTrue(message.contains("mandatory"), message);
    }

    @Test
    void unknownRegistrationIsRejected() {
        String message = failure(document(classes(), CODE.replace("\"registered\"", "\"retired\"")));
        assertTrue(message.contains("retired"), message);
    }

    @Test
    void duplicateCodeIsRejected() {
        String message = failure(document(classes(), CODE, CODE));
        assertTrue(message.contains("201") && message.contains("more than once"), message);
    }

    @Test
    void missingClassIsRejected() {
        String fourClasses = classes().substring(0, classes().lastIndexOf(",{"));
        String message = failure(document(fourClasses, CODE));
        assertTrue(message.contains("5xx"), message);
    }

    @Test
    void emptyMistakesAreRejected() {
        String message = failure(document(classes(), CODE.replace("[\"one\", \"two\"]", "[]")));
        assertTrue(message.contains("mistakes"), message);
    }

    @Test
    void codeOutsideTheRangeIsRejected() {
        String message = failure(document(classes(), CODE.replace("\"code\": 201", "\"code\": 601")));
        assertTrue(message.contains("601"), message);
    }

    @Test
    void malformedJsonIsAnIOException() {
        assertThrows(IOException.class, () -> parse("{\"classes\": ["));
    }
}
