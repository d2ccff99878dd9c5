package dev.statuslab.ui.composer;

import dev.statuslab.core.workbench.Auth;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What a draft holds beside its method, URL, headers and body: the auth helper and the switch
 * that lets the cookie jar add its Cookie field (on by default).
 */
public final class RequestExtras {

    private final ObjectProperty<Auth> auth = new SimpleObjectProperty<>(this, "auth", Auth.NONE);
    private final BooleanProperty sendCookies = new SimpleBooleanProperty(this, "sendCookies", true);
    private final AuthViewModel authForm = new AuthViewModel(auth);

    public ObjectProperty<Auth> authProperty() {
        return auth;
    }

    /** The Auth tab's fields over {@link #authProperty()}. */
    public AuthViewModel authForm() {
        return authForm;
    }

    public BooleanProperty sendCookiesProperty() {
        return sendCookies;
    }
}
