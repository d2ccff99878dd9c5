package dev.statuslab.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.statuslab.core.workbench.Auth;
import org.junit.jupiter.api.Test;

/** The Auth tab without a toolkit: its fields and the draft's auth in step, and the field it adds. */
class AuthViewModelTest {

    private final ComposerViewModel composer = new ComposerViewModel();
    private final AuthViewModel auth = composer.extras().authForm();

    @Test
    void bearerWithAVariableIsShownAsTheFieldItAdds() {
        auth.kindProperty().set(AuthViewModel.Kind.BEARER);
        auth.tokenProperty().set("{{token}}");
        assertEquals(
                new Auth.Bearer("{{token}}"), composer.extras().authProperty().get());
        assertEquals("Authorization: Bearer {{token}}", auth.headerProperty().get());
    }

    @Test
    void basicIsTheBase64OfUserAndPassword() {
        auth.kindProperty().set(AuthViewModel.Kind.BASIC);
        auth.usernameProperty().set("ada");
        auth.passwordProperty().set("lovelace");
        assertEquals(
                new Auth.Basic("ada", "lovelace"),
                composer.extras().authProperty().get());
        assertEquals(
                "Authorization: Basic YWRhOmxvdmVsYWNl", auth.headerProperty().get());
        auth.passwordProperty().set("{{password}}");
        assertEquals(
                "Authorization: Basic <user:password in Base64, once their {{variables}} are resolved>",
                auth.headerProperty().get());
    }

    @Test
    void aDraftLoadedIntoTheComposerShowsItsAuthAndNoneClearsTheFields() {
        composer.extras().authProperty().set(new Auth.Basic("u", "p"));
        assertEquals(AuthViewModel.Kind.BASIC, auth.kindProperty().get());
        assertEquals("u", auth.usernameProperty().get());
        composer.extras().authProperty().set(Auth.NONE);
        assertEquals(AuthViewModel.Kind.NONE, auth.kindProperty().get());
        assertEquals("", auth.usernameProperty().get());
        assertEquals("", auth.headerProperty().get());
    }
}
