package dev.statuslab.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.workbench.Environment;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.core.workbench.Variable;
import dev.statuslab.core.workbench.VariableContext;
import dev.statuslab.core.workbench.VariableHints;
import dev.statuslab.ui.common.HeaderRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composer's variables marked and explained, without a toolkit. */
class VariableMarksTest {

    private static final SimulatorAddress SIMULATOR = SimulatorAddress.of("http://127.0.0.1:8765");
    private final ComposerViewModel composer = new ComposerViewModel();
    private final VariableMarks marks = new VariableMarks(composer);

    private void scopes(Variable... variables) {
        composer.extras()
                .variablesProperty()
                .set(VariableContext.of(new Environment("local", List.of(variables)), List.of(), SIMULATOR, null));
    }

    @Test
    void anUnknownVariableInTheUrlIsNamedAndWhereItStandsIsKnown() {
        scopes();
        composer.urlProperty().set("{{simulator}}/status/{{code}}");

        assertEquals(
                "Unknown variable {{code}} in the URL: define it in an environment (Request → Environments…)"
                        + " or the collection",
                marks.urlUnknownProperty().get());
        VariableHints.Use code = marks.urlUsesProperty().get().get(1);
        assertEquals("code", code.name());
        assertFalse(code.known());
        assertEquals("{{simulator}}/status/".length(), code.start());

        scopes(Variable.of("code", "418")); // defined in the environment: the mark goes at once
        assertEquals("", marks.urlUnknownProperty().get());
    }

    @Test
    void hoverShowsWhatEachVariableStandsForAndTheUrlAsSentWithSecretsMasked() {
        scopes(Variable.of("code", "418"), Variable.secret("key", "k-123"));
        composer.urlProperty().set("{{simulator}}/status/{{code}}?key={{key}}");

        assertEquals(
                """
                {{simulator}} → http://127.0.0.1:8765
                {{code}} → 418
                {{key}} → ••••
                Sends http://127.0.0.1:8765/status/418?key=••••""",
                marks.urlHoverProperty().get());
        assertEquals(
                "http://127.0.0.1:8765/status/418?key=••••",
                marks.urlSentProperty().get());
        composer.urlProperty().set("{{simulator}}/{{unknown}}");
        assertEquals("", marks.urlSentProperty().get(), "not known: nothing to show as sent");
        composer.urlProperty().set("http://example.com/");
        assertEquals("", marks.urlHoverProperty().get(), "no variables, no hover text");
    }

    @Test
    void unknownVariablesInHeaderRowsThatAreOnAndInTheBodyAreNamedToo() {
        scopes(Variable.secret("token", "abc"));
        composer.urlProperty().set("http://example.com/");
        composer.headers().add(new HeaderRow(true, "Authorization", "Bearer {{token}}"));
        composer.headers().add(new HeaderRow(true, "X-Trace", "{{trace}}"));
        composer.headers().add(new HeaderRow(false, "X-Off", "{{off}}"));
        composer.bodyKindProperty().set(BodyKind.JSON);
        composer.bodyTextProperty().set("{\"user\": \"{{user}}\"}");

        assertTrue(marks.headersUnknownProperty().get().startsWith("Unknown variable {{trace}} in the headers"));
        assertFalse(marks.headersUnknownProperty().get().contains("off"), "a row that is off is not sent");
        assertTrue(marks.bodyUnknownProperty().get().startsWith("Unknown variable {{user}} in the body"));
        assertEquals("{{token}} → ••••", marks.hover("Bearer {{token}}"), "what a header cell shows on hover");
        assertTrue(marks.problem("{{trace}}").contains("{{trace}}"));
        assertEquals("", marks.problem("Bearer {{token}}"));

        composer.headers().get(1).setEnabled(false);
        composer.bodyKindProperty().set(BodyKind.NONE);
        assertEquals("", marks.headersUnknownProperty().get());
        assertEquals("", marks.bodyUnknownProperty().get(), "no body is sent");
    }

    @Test
    void cellsAreToldWhenTheScopesChange() {
        int before = marks.changed().get();
        scopes(Variable.of("a", "1"));
        assertTrue(marks.changed().get() > before);
    }
}
