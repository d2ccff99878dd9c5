package dev.statuslab.ui.composer;

import dev.statuslab.core.http.ClientDefaults;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.workbench.Auth;
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
 * ({@link Field#sent()}) can be turned off.
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
            extras.authProperty()
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
        List<Field> next = new ArrayList<>();
        add(next, given, "Host", host(composer.urlProperty().get()), null);
        add(next, given, "User-Agent", ClientDefaults.userAgent(), extras.sendUserAgentProperty());
        add(next, given, "Accept", "*/*", extras.sendAcceptProperty());
        BodyKind kind = composer.bodyKindProperty().get();
        String body = composer.bodyTextProperty().get();
        String method = composer.methodProperty().get();
        boolean hasBody = kind != BodyKind.NONE && body != null && !body.isEmpty();
        if (hasBody || "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) {
            add(next, given, "Content-Length", "computed from the body", null);
        }
        if (kind != null && kind != BodyKind.NONE && kind.contentType() != null) {
            add(next, given, "Content-Type", kind.contentType() + " (from the body type)", null);
        }
        add(next, given, "Cookie", "the cookie jar's matching cookies", extras.sendCookiesProperty());
        Auth auth = extras.authProperty().get();
        if (auth instanceof Auth.Basic) {
            add(next, given, "Authorization", "Basic … (from the Auth tab)", null);
        } else if (auth instanceof Auth.Bearer) {
            add(next, given, "Authorization", "Bearer … (from the Auth tab)", null);
        }
        if (!next.equals(fields)) {
            fields.setAll(next);
        }
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
