package dev.statuslab.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.ClientDefaults;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.workbench.Auth;
import dev.statuslab.core.workbench.CookieJar;
import dev.statuslab.core.workbench.Environment;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.core.workbench.Variable;
import dev.statuslab.core.workbench.VariableContext;
import dev.statuslab.ui.common.HeaderRow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Added when sent" without a toolkit: which fields are listed, and their switches in the draft. */
class AddedFieldsTest {

    private final ComposerViewModel composer = new ComposerViewModel();
    private final AddedFields added = new AddedFields(composer);

    private List<String> names() {
        return added.fields().stream().map(AddedFields.Field::name).toList();
    }

    private AddedFields.Field field(String name) {
        return added.fields().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aGetListsHostTheClientDefaultsAndTheCookieJar() {
        composer.urlProperty().set("http://127.0.0.1:8765/anything");

        assertEquals(List.of("Host", "User-Agent", "Accept", "Cookie"), names());
        assertEquals("127.0.0.1:8765", field("Host").value());
        assertEquals(ClientDefaults.userAgent(), field("User-Agent").value());
        assertNull(field("Host").sent(), "Host cannot be switched off");
    }

    @Test
    void aBodyAndAuthAddTheirFieldsAndARowTheUserTypedReplacesADefault() {
        composer.urlProperty().set("http://127.0.0.1:8765/anything");
        composer.methodProperty().set("POST");
        composer.bodyKindProperty().set(BodyKind.JSON);
        composer.bodyTextProperty().set("{}");
        composer.extras().authProperty().set(new Auth.Bearer("t"));
        composer.headers().add(new HeaderRow(true, "user-agent", "mine/1"));

        assertEquals(List.of("Host", "Accept", "Content-Length", "Content-Type", "Cookie", "Authorization"), names());
        composer.headers().get(0).enabledProperty().set(false);
        assertTrue(names().contains("User-Agent"), "a row switched off no longer replaces it");
    }

    @Test
    void switchingUserAgentOffIsKeptInTheDraftAndLeftOutOfTheSendOptions() {
        field("User-Agent").sent().set(false);

        RequestDraft draft = ComposerDrafts.read(composer, null);
        assertEquals(List.of("User-Agent"), draft.omitted());
        SendOptions options = composer.extras().applyTo(SendOptions.defaults());
        assertTrue(options.omits("user-agent"));
        assertFalse(options.omits("Accept"));

        ComposerDrafts.load(composer, draft.withOmitted(List.of()), null);
        assertTrue(composer.extras().sendUserAgentProperty().get());
        ComposerDrafts.load(composer, draft, null);
        assertFalse(composer.extras().sendUserAgentProperty().get());
    }

    @Test
    void valuesAreShownAsTheyWillBeSentWithTheVariablesResolvedAndSecretsMasked() {
        CookieJar jar = new CookieJar();
        jar.receive("http://127.0.0.1:8765/", Headers.of("Set-Cookie", "csrftoken=t0k"), Instant.now());
        composer.extras()
                .variablesProperty()
                .set(VariableContext.of(
                        new Environment("local", List.of(Variable.secret("token", "abc.def"))),
                        List.of(),
                        SimulatorAddress.of("http://127.0.0.1:8765"),
                        jar));
        composer.urlProperty().set("{{simulator}}/anything");
        composer.methodProperty().set("POST");
        composer.bodyKindProperty().set(BodyKind.JSON);
        composer.bodyTextProperty().set("{\"a\": 1}");
        composer.extras().authProperty().set(new Auth.Bearer("{{token}}"));

        assertEquals("127.0.0.1:8765", field("Host").value());
        assertEquals("Bearer •••• (from the Auth tab)", field("Authorization").value());
        assertEquals("8", field("Content-Length").value());
        assertEquals("csrftoken=t0k", field("Cookie").value());

        composer.urlProperty().set("{{simulator}}/{{unknown}}");
        assertEquals(
                "Bearer … (from the Auth tab)", field("Authorization").value(), "not known yet: where it comes from");
    }
}
