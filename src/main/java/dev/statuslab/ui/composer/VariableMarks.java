package dev.statuslab.ui.composer;

import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.workbench.VariableContext;
import dev.statuslab.core.workbench.VariableHints;
import dev.statuslab.core.workbench.VariableText;
import dev.statuslab.ui.common.HeaderRow;
import dev.statuslab.ui.common.TextHints;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the composer's {@code {{variables}}} stand for, live, through the current tab's scopes
 * ({@link RequestExtras#variablesProperty()}): the URL's references with their values (to mark the
 * unknown ones in place), the URL's hover text ({@code {{simulator}} → http://127.0.0.1:8765},
 * secrets as ••••), and a sentence naming the unknown variables of the URL, of the header rows and
 * of the body. Sending stays blocked by the request builder; this only shows it before.
 */
public final class VariableMarks implements TextHints {

    private final ComposerViewModel composer;
    private final ReadOnlyObjectWrapper<List<VariableHints.Use>> urlUses =
            new ReadOnlyObjectWrapper<>(this, "urlUses", List.of());
    private final ReadOnlyStringWrapper urlUnknown = new ReadOnlyStringWrapper(this, "urlUnknown", "");
    private final ReadOnlyStringWrapper urlHover = new ReadOnlyStringWrapper(this, "urlHover", "");
    private final ReadOnlyStringWrapper urlSent = new ReadOnlyStringWrapper(this, "urlSent", "");
    private final ReadOnlyStringWrapper headersUnknown = new ReadOnlyStringWrapper(this, "headersUnknown", "");
    private final ReadOnlyStringWrapper bodyUnknown = new ReadOnlyStringWrapper(this, "bodyUnknown", "");
    /** Counts the changes of the scopes, so that cells holding variables look again. */
    private final ReadOnlyIntegerWrapper scopes = new ReadOnlyIntegerWrapper(this, "scopes");

    public VariableMarks(ComposerViewModel composer) {
        this.composer = composer;
        composer.extras().variablesProperty().addListener(o -> scopes.set(scopes.get() + 1));
        Observable[] inputs = {
            composer.urlProperty(),
            composer.headers(),
            composer.bodyTextProperty(),
            composer.bodyKindProperty(),
            composer.extras().variablesProperty()
        };
        for (Observable input : inputs) {
            input.addListener(o -> refresh());
        }
        refresh();
    }

    /** The URL's references, each with its value as shown or unknown. */
    public ReadOnlyObjectProperty<List<VariableHints.Use>> urlUsesProperty() {
        return urlUses.getReadOnlyProperty();
    }

    /** "Unknown variable {{host}} in the URL: define it …", or "". */
    public ReadOnlyStringProperty urlUnknownProperty() {
        return urlUnknown.getReadOnlyProperty();
    }

    /** What the URL's variables stand for, a line each, and the URL as it will be sent; "" without variables. */
    public ReadOnlyStringProperty urlHoverProperty() {
        return urlHover.getReadOnlyProperty();
    }

    /** The URL as it will be sent (its variables resolved, secrets as ••••) when it holds any and all are known; else "". */
    public ReadOnlyStringProperty urlSentProperty() {
        return urlSent.getReadOnlyProperty();
    }

    /** The unknown variables of the header rows that are on, named; or "". */
    public ReadOnlyStringProperty headersUnknownProperty() {
        return headersUnknown.getReadOnlyProperty();
    }

    /** The unknown variables of the body, named; or "". */
    public ReadOnlyStringProperty bodyUnknownProperty() {
        return bodyUnknown.getReadOnlyProperty();
    }

    /** The references of any field of the draft, through the current scopes. */
    public List<VariableHints.Use> uses(String text) {
        return VariableHints.uses(text, lookup());
    }

    @Override
    public String problem(String text) {
        return VariableHints.unknownMessage(VariableHints.unknown(uses(text)), "field");
    }

    @Override
    public String hover(String text) {
        return VariableHints.hover(uses(text));
    }

    @Override
    public ReadOnlyIntegerProperty changed() {
        return scopes.getReadOnlyProperty();
    }

    private void refresh() {
        String url = text(composer.urlProperty().get());
        List<VariableHints.Use> uses = uses(url);
        urlUses.set(List.copyOf(uses));
        urlUnknown.set(VariableHints.unknownMessage(VariableHints.unknown(uses), "URL"));
        urlSent.set(!uses.isEmpty() && urlUnknown.get().isEmpty() ? sent(url, uses) : "");
        String hover = VariableHints.hover(uses);
        urlHover.set(urlSent.get().isEmpty() ? hover : hover + "\nSends " + urlSent.get());
        Set<String> inHeaders = new LinkedHashSet<>();
        for (HeaderRow row : composer.headers()) {
            if (row.isActive()) {
                inHeaders.addAll(VariableHints.unknown(uses(row.getName())));
                inHeaders.addAll(VariableHints.unknown(uses(row.getValue())));
            }
        }
        headersUnknown.set(VariableHints.unknownMessage(List.copyOf(inHeaders), "headers"));
        BodyKind kind = composer.bodyKindProperty().get();
        List<String> inBody = kind == null || kind == BodyKind.NONE
                ? List.of()
                : VariableHints.unknown(uses(text(composer.bodyTextProperty().get())));
        bodyUnknown.set(VariableHints.unknownMessage(inBody, "body"));
    }

    /** The URL with each reference replaced by its value as shown (secrets masked). */
    private static String sent(String url, List<VariableHints.Use> uses) {
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (VariableHints.Use u : uses) {
            out.append(url, last, u.start()).append(u.shown());
            last = u.end();
        }
        return out.append(url.substring(last)).toString();
    }

    private Function<String, Optional<VariableText.Value>> lookup() {
        VariableContext context = composer.extras().variablesProperty().get();
        if (context == null) {
            return name -> Optional.empty();
        }
        String url = text(composer.urlProperty().get());
        String forCookies = context.simulator().map(s -> s.resolve(url)).orElse(url);
        return name -> context.lookup(name, forCookies);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
