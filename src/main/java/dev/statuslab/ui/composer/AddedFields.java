package dev.statuslab.ui.composer;

import dev.statuslab.core.http.ClientDefaults;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.workbench.Auth;
import dev.statuslab.core.workbench.RequestBuilder;
import dev.statuslab.core.workbench.Secrets;
import dev.statuslab.core.workbench.VariableContext;
import dev.statuslab.ui.common.HeaderRow;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * What the client and the workbench add to the composer's request when it is sent, for the
 * read-only list under the header table: Host, User-Agent, Accept, Content-Length, Content-Type,
 * Cookie and Authorization, each unless a header row already sets it. A field with a switch
 * ({@link Field#sent()}) can be turned off. Values are shown as they will be sent where they are
 * known now (the draft's variables resolved through {@link RequestExtras#variablesProperty()}):
 * {@code Host: 127.0.0.1:8765}, {@code Authorization: Bearer ••••} for a secret token, the jar's
 * cookies; otherwise where the value will come from.
 */
public final class AddedFields {

    /**
     * One field the request will carry.
     *
     * @param sent its switch, or null when it cannot be turned off here
     */
    public record Field(String name, String value, BooleanProperty sent) {}

    private final ComposerViewModel composer;
    private final ObservableList<Field> fields = FXCollections.observableArrayList();

    public AddedFields(ComposerViewModel composer) {
        this.composer = composer;
        RequestExtras extras = composer.extras();
        Observable[] inputs = {
            composer.urlProperty(),
            composer.methodProperty(),
            composer.bodyKindProperty(),
            composer.bodyTextProperty(),
            extras.authProperty(),
            extras.variablesProperty(),
            extras.sendCookiesProperty()
        };
        for (Observable o : inputs) {
            o.addListener(x -> refresh());
        }
        composer.headers().addListener((ListChangeListener<HeaderRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
            refresh();
        });
        composer.headers().forEach(this::watch);
        refresh();
    }

    private void watch(HeaderRow row) {
        row.nameProperty().addListener(x -> refresh());
        row.valueProperty().addListener(x -> refresh());
        row.enabledProperty().addListener(x -> refresh());
    }

    public ObservableList<Field> fields() {
        return fields;
    }

    private void refresh() {
        List<String> given = HeaderRow.active(composer.headers()).stream()
                .map(h -> h.name().toLowerCase(Locale.ROOT))
                .toList();
        RequestExtras extras = composer.extras();
        RequestBuilder.Built built = built();
        HttpRequest sent = built == null || !built.ok() ? null : built.request();
        List<Field> next = new ArrayList<>();
        add(next, given, "Host", host(sent == null ? composer.urlProperty().get() : sent.url()), null);
        add(next, given, "User-Agent", ClientDefaults.userAgent(), extras.sendUserAgentProperty());
        add(next, given, "Accept", "*/*", extras.sendAcceptProperty());
        BodyKind kind = composer.bodyKindProperty().get();
        String body = composer.bodyTextProperty().get();
        String method = composer.methodProperty().get();
        boolean hasBody = kind != BodyKind.NONE && body != null && !body.isEmpty();
        if (hasBody || "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) {
            add(next, given, "Content-Length", contentLength(sent), null);
        }
        if (kind != null && kind != BodyKind.NONE && kind.contentType() != null) {
            add(next, given, "Content-Type", kind.contentType() + " (from the body type)", null);
        }
        add(next, given, "Cookie", cookie(sent), extras.sendCookiesProperty());
        Auth auth = extras.authProperty().get();
        String authorization = added(built, "Authorization");
        if (authorization != null) {
            add(
                    next,
                    given,
                    "Authorization",
                    Secrets.mask(authorization, built.secrets()) + " (from the Auth tab)",
                    null);
        } else if (auth instanceof Auth.Basic) {
            add(next, given, "Authorization", "Basic … (from the Auth tab)", null);
        } else if (auth instanceof Auth.Bearer) {
            add(next, given, "Authorization", "Bearer … (from the Auth tab)", null);
        }
        if (!next.equals(fields)) {
            fields.setAll(next);
        }
    }

    /** The request as it would be sent now, or null when the draft's variables cannot be looked up. */
    private RequestBuilder.Built built() {
        VariableContext context = composer.extras().variablesProperty().get();
        return context == null ? null : RequestBuilder.build(ComposerDrafts.read(composer, null), context);
    }

    private String contentLength(HttpRequest sent) {
        if (composer.keptBodyProperty().get() != null) {
            return Long.toString(composer.keptBodyProperty().get().size());
        }
        return sent == null
                ? "computed from the body"
                : Long.toString(sent.body().size());
    }

    /** The jar's cookies for the URL (also while the switch is off, to show what it would add). */
    private String cookie(HttpRequest sent) {
        VariableContext context = composer.extras().variablesProperty().get();
        if (sent == null || context == null || context.jar().isEmpty()) {
            return "the cookie jar's matching cookies";
        }
        return context.jar()
                .get()
                .header(sent.url(), context.clock().instant())
                .orElse("none in the jar for this URL yet");
    }

    private static String added(RequestBuilder.Built built, String name) {
        if (built == null) {
            return null;
        }
        return built.added().stream()
                .filter(h -> h.is(name))
                .map(Header::value)
                .findFirst()
                .orElse(null);
    }

    private static void add(List<Field> into, List<String> given, String name, String value, BooleanProperty sent) {
        if (!given.contains(name.toLowerCase(Locale.ROOT))) {
            into.add(new Field(name, value, sent));
        }
    }

    private static String host(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.trim());
            if (uri.getHost() != null) {
                return HttpRequest.hostField(uri.getHost(), uri.getPort());
            }
        } catch (URISyntaxException e) {
            // not a URL yet: say where the value comes from
        }
        return "from the URL";
    }
}
