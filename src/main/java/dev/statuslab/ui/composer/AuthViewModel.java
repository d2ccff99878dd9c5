package dev.statuslab.ui.composer;

import dev.statuslab.core.workbench.Auth;
import dev.statuslab.core.workbench.VariableText;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The composer's Auth tab (issue 10): None, Basic (user and password) or Bearer (a token, which
 * may be {@code {{token}}}), kept in step with the draft's {@link Auth} both ways, and the
 * Authorization field it adds, as it will be sent (variables are resolved on Send).
 */
public final class AuthViewModel {

    /** The helper's kinds, as the tab's choice box shows them. */
    public enum Kind {
        NONE("None"),
        BASIC("Basic"),
        BEARER("Bearer");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ObjectProperty<Auth> auth;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.NONE);
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "");
    private boolean syncing;

    public AuthViewModel(ObjectProperty<Auth> auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
        auth.addListener((obs, was, now) -> {
            if (!syncing) {
                show(now);
            }
        });
        for (Observable field : new Observable[] {kind, username, password, token}) {
            field.addListener(o -> edited());
        }
        show(auth.get());
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    /** "Authorization: Bearer {{token}}", or "" for None: the field the helper adds. */
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** The helper as it stands, for the draft. */
    public Auth toAuth() {
        return switch (kind.get() == null ? Kind.NONE : kind.get()) {
            case NONE -> Auth.NONE;
            case BASIC -> new Auth.Basic(text(username), text(password));
            case BEARER -> new Auth.Bearer(text(token));
        };
    }

    /** What the helper adds, with variables left as they are written (a Basic pair with variables is described). */
    static String headerOf(Auth auth) {
        if (auth instanceof Auth.None || auth == null) {
            return "";
        }
        List<String> texts = auth.fields().stream().map(Auth.Field::text).toList();
        if (auth instanceof Auth.Basic && texts.stream().anyMatch(VariableText::hasReferences)) {
            return "Authorization: Basic <user:password in Base64, once their {{variables}} are resolved>";
        }
        return "Authorization: " + auth.headerValue(texts);
    }

    private void show(Auth now) {
        syncing = true;
        try {
            username.set(now instanceof Auth.Basic b ? b.username() : "");
            password.set(now instanceof Auth.Basic b ? b.password() : "");
            token.set(now instanceof Auth.Bearer b ? b.token() : "");
            kind.set(now instanceof Auth.Basic ? Kind.BASIC : now instanceof Auth.Bearer ? Kind.BEARER : Kind.NONE);
        } finally {
            syncing = false;
        }
        header.set(headerOf(now));
    }

    private void edited() {
        if (syncing) {
            return;
        }
        Auth now = toAuth();
        header.set(headerOf(now));
        syncing = true;
        try {
            auth.set(now);
        } finally {
            syncing = false;
        }
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }
}
