package dev.statuslab.ui.composer;

import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.workbench.Auth;
import dev.statuslab.core.workbench.VariableContext;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What a draft holds beside its method, URL, headers and body: the auth helper and the switch
 * that lets the cookie jar add its Cookie field (on by default), and the switches of the client's own
 * User-Agent and Accept fields (on by default); and where its {@code {{variables}}} are looked up,
 * to show what they stand for (kept current by the window).
 */
public final class RequestExtras {

    private final ObjectProperty<Auth> auth = new SimpleObjectProperty<>(this, "auth", Auth.NONE);
    private final BooleanProperty sendCookies = new SimpleBooleanProperty(this, "sendCookies", true);
    private final BooleanProperty sendUserAgent = new SimpleBooleanProperty(this, "sendUserAgent", true);
    private final BooleanProperty sendAccept = new SimpleBooleanProperty(this, "sendAccept", true);
    private final AuthViewModel authForm = new AuthViewModel(auth);
    private final ObjectProperty<VariableContext> variables = new SimpleObjectProperty<>(this, "variables");

    public ObjectProperty<Auth> authProperty() {
        return auth;
    }

    /** The Auth tab's fields over {@link #authProperty()}. */
    public AuthViewModel authForm() {
        return authForm;
    }

    /** Where the draft's variables are looked up now (the current tab's scopes), or null: none known. */
    public ObjectProperty<VariableContext> variablesProperty() {
        return variables;
    }

    public BooleanProperty sendCookiesProperty() {
        return sendCookies;
    }

    public BooleanProperty sendUserAgentProperty() {
        return sendUserAgent;
    }

    public BooleanProperty sendAcceptProperty() {
        return sendAccept;
    }

    /** The client's own fields switched off, as a draft keeps them. */
    public List<String> omitted() {
        List<String> names = new ArrayList<>();
        if (!sendUserAgent.get()) {
            names.add("User-Agent");
        }
        if (!sendAccept.get()) {
            names.add("Accept");
        }
        return names;
    }

    /** {@code options} with the client's own fields switched off here left out. */
    public SendOptions applyTo(SendOptions options) {
        return options.withOmitted(omitted());
    }

    /** Switches the client's own fields as a draft says. */
    public void omit(List<String> names) {
        sendUserAgent.set(names.stream().noneMatch("User-Agent"::equalsIgnoreCase));
        sendAccept.set(names.stream().noneMatch("Accept"::equalsIgnoreCase));
    }
}
