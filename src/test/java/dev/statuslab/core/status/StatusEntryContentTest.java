package dev.statuslab.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatusEntryContentTest {

    private static final StatusCatalog CATALOG = StatusCatalog.load();

    static Stream<StatusInfo> entries() {
        return CATALOG.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void noTextFieldIsBlank(StatusInfo info) {
        Map<String, String> fields = Map.of(
                "reason",
                info.reason(),
                "registryName",
                info.registryName(),
                "meaning",
                info.meaning(),
                "whenToUse",
                info.whenToUse(),
                "whenNotToUse",
                info.whenNotToUse(),
                "rfc",
                info.rfc(),
                "section",
                info.section(),
                "django",
                info.django(),
                "djangoSnippet",
                info.djangoSnippet());
        fields.forEach((name, value) -> {
            assertNotNull(value, info.code() + " " + name);
            assertFalse(value.isBlank(), info.code() + " " + name);
        });
        assertNotNull(info.statusClass());
        assertEquals(StatusClass.of(info.code()), info.statusClass());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void eachEntryListsTwoToFourMistakes(StatusInfo info) {
        assertTrue(
                info.mistakes().size() >= 2 && info.mistakes().size() <= 4,
                info.code() + " has " + info.mistakes().size() + " mistakes");
        info.mistakes().forEach(m -> assertFalse(m.isBlank(), info.code() + " has a blank mistake"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void requiredAndRecommendedHeadersHaveAnExampleAndForbiddenOnesDoNot(StatusInfo info) {
        for (HeaderRule rule : info.headers()) {
            assertFalse(rule.name().isBlank(), info.code() + " header name");
            assertFalse(rule.why().isBlank(), info.code() + " " + rule.name() + " why");
            if (rule.level() == HeaderRule.Level.FORBIDDEN) {
                assertNull(rule.example(), info.code() + " " + rule.name());
            } else {
                assertNotNull(rule.example(), info.code() + " " + rule.name());
                assertFalse(rule.example().isBlank(), info.code() + " " + rule.name());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void djangoSnippetIsOneToSixLines(StatusInfo info) {
        long lines = info.djangoSnippet().lines().count();
        assertTrue(lines >= 1 && lines <= 6, info.code() + " snippet has " + lines + " lines");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void rfcIsAnRfcNumberOrTheResumableUploadDraft(StatusInfo info) {
        assertTrue(
                info.rfc().matches("RFC \\d{4}") || info.rfc().equals("draft-ietf-httpbis-resumable-upload"),
                info.code() + " rfc " + info.rfc());
        assertTrue(info.section().matches("\\d+(\\.\\d+)*"), info.code() + " section " + info.section());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
            200 | return HttpResponse("OK", status=200)
            201 | return JsonResponse({"message": "Created"}, status=201)
            302 | return redirect('contact')
            400 | return HttpResponseBadRequest("Invalid data")
            403 | return HttpResponseForbidden("Not allowed")
            404 | message = get_object_or_404(ContactMessage, id=message_id)
            """)
    void tutorialCodesUseTheTutorialSnippets(int code, String snippet) {
        assertEquals(snippet, CATALOG.describe(code).djangoSnippet());
    }

    @Test
    void internalServerErrorSnippetRaises() {
        assertTrue(CATALOG.describe(500).djangoSnippet().contains("raise RuntimeError(\"boom\")"));
    }

    @Test
    void listsAreImmutable() {
        StatusInfo info = CATALOG.describe(401);
        List<HeaderRule> headers = info.headers();
        assertThrows(UnsupportedOperationException.class, () -> headers.add(headers.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> info.mistakes().clear());
        assertThrows(UnsupportedOperationException.class, () -> CATALOG.all().remove(0));
    }
}
