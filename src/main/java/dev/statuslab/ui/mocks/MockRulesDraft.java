package dev.statuslab.ui.mocks;

import dev.statuslab.core.http.FormEncoding;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Tokens;
import dev.statuslab.core.scenario.BodyMatch;
import dev.statuslab.core.scenario.Fault;
import dev.statuslab.core.scenario.MockAnswer;
import dev.statuslab.core.scenario.MockMatch;
import dev.statuslab.core.scenario.MockRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The mock editor's match and sequence, beside the first answer the editor already holds: the
 * query parameters the request must carry ({@code page=2&sort=name}), header fields it must carry
 * (one {@code Name: value} a line), a body condition, a fault instead of the first answer, and the
 * answers after the first, typed as statuses or fault names ({@code 503, 200}), which send the
 * first answer's headers and body. A mock from the file whose later answers differ keeps them
 * while the list is not edited.
 */
public final class MockRulesDraft {

    /** The body conditions offered, in the order of the choice box. */
    public static final List<BodyMatch.Kind> BODY_KINDS = List.of(BodyMatch.Kind.values());

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty headers = new SimpleStringProperty(this, "headers", "");
    private final ObjectProperty<BodyMatch.Kind> bodyKind =
            new SimpleObjectProperty<>(this, "bodyKind", BodyMatch.Kind.ANY);
    private final StringProperty bodyPath = new SimpleStringProperty(this, "bodyPath", "");
    private final StringProperty bodyValue = new SimpleStringProperty(this, "bodyValue", "");
    private final StringProperty fault = new SimpleStringProperty(this, "fault", "");
    private final StringProperty then = new SimpleStringProperty(this, "then", "");
    private final BooleanProperty cycle = new SimpleBooleanProperty(this, "cycle", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper templateError = new ReadOnlyStringWrapper(this, "templateError", "");
    private final List<MockAnswer> keptLater;
    private final String keptText;

    MockRulesDraft(MockRoute start) {
        List<MockAnswer> later = start == null
                ? List.of()
                : start.answers().subList(1, start.answers().size());
        this.keptLater = List.copyOf(later);
        if (start != null) {
            MockMatch m = start.match();
            query.set(FormEncoding.formatForm(m.query().stream()
                    .map(h -> new FormEncoding.Pair(h.name(), h.value()))
                    .toList()));
            headers.set(String.join(
                    "\n",
                    m.headers().stream().map(h -> h.name() + ": " + h.value()).toList()));
            bodyKind.set(m.body().kind());
            bodyPath.set(m.body().path());
            bodyValue.set(m.body().value());
            Fault first = start.answers().get(0).fault();
            fault.set(first == null ? "" : first.id());
            cycle.set(start.cycle());
        }
        this.keptText = String.join(
                ", ",
                later.stream()
                        .map(a -> a.fault() != null ? a.fault().id() : String.valueOf(a.status()))
                        .toList());
        then.set(keptText);
        for (Observable o : inputs()) {
            o.addListener(x -> error.set(problem()));
        }
        error.set(problem());
    }

    Observable[] inputs() {
        return new Observable[] {query, headers, bodyKind, bodyPath, bodyValue, fault, then, cycle};
    }

    /** Query parameters the request must carry, as in a URL: {@code page=2&sort=name}. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Header fields the request must carry, one {@code Name: value} a line. */
    public StringProperty headersProperty() {
        return headers;
    }

    public ObjectProperty<BodyMatch.Kind> bodyKindProperty() {
        return bodyKind;
    }

    /** For a JSON path condition: the path, e.g. {@code $.user.name}. */
    public StringProperty bodyPathProperty() {
        return bodyPath;
    }

    public StringProperty bodyValueProperty() {
        return bodyValue;
    }

    /** A fault id instead of the first answer; "" for none. */
    public StringProperty faultProperty() {
        return fault;
    }

    /** The answers after the first: statuses or fault ids, comma-separated; "" for none. */
    public StringProperty thenProperty() {
        return then;
    }

    /** After the last answer: start from the first again (true) or repeat the last (false). */
    public BooleanProperty cycleProperty() {
        return cycle;
    }

    /** Why the body or a header value does not parse as a template, with line and column; "" when it does. */
    public ReadOnlyStringProperty templateErrorProperty() {
        return templateError.getReadOnlyProperty();
    }

    /** Why the match, sequence or a template cannot be used, with the place; "" when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Checks the first answer's body and header values as templates; a problem blocks Save like the rest. */
    void checkTemplates(String body, List<Header> headerLines) {
        String problem = MockAnswer.templateProblem(body, headerLines);
        templateError.set(
                problem == null ? "" : problem.substring(0, 1).toUpperCase(Locale.ROOT) + problem.substring(1));
        error.set(problem());
    }

    /** The route with this match and sequence, {@code first} being the editor's own answer. */
    MockRoute apply(MockRoute route) {
        MockAnswer own = route.answers().get(0);
        MockAnswer first = new MockAnswer(
                own.status(),
                own.reason(),
                own.headers(),
                own.body(),
                own.delayMillis(),
                Fault.byId(text(fault)).orElse(null));
        List<MockAnswer> answers = new ArrayList<>();
        answers.add(first);
        if (text(then).strip().equals(keptText)) {
            answers.addAll(keptLater);
        } else {
            for (String item : items()) {
                Fault f = Fault.byId(item).orElse(null);
                answers.add(new MockAnswer(
                        f != null ? own.status() : Integer.parseInt(item), "", own.headers(), own.body(), 0, f));
            }
        }
        return route.withMatch(match()).withAnswers(answers, cycle.get());
    }

    private MockMatch match() {
        List<Header> q = FormEncoding.parse(text(query).strip()).stream()
                .map(p -> new Header(p.name(), p.value()))
                .toList();
        List<Header> h = new ArrayList<>();
        for (String line : text(headers).split("\n")) {
            int colon = line.indexOf(':');
            if (!line.isBlank()) {
                h.add(new Header(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip()));
            }
        }
        BodyMatch body = bodyKind.get() == null || bodyKind.get() == BodyMatch.Kind.ANY
                ? BodyMatch.ANY
                : new BodyMatch(bodyKind.get(), text(bodyPath).strip(), text(bodyValue));
        return new MockMatch(q, h, body);
    }

    private String problem() {
        if (!templateError.get().isEmpty()) {
            return templateError.get();
        }
        for (String line : text(headers).split("\n")) {
            int colon = line.indexOf(':');
            if (!line.isBlank()
                    && (colon < 1 || !Tokens.isToken(line.substring(0, colon).strip()))) {
                return "Match headers: '" + line.strip() + "' is not Name: value";
            }
        }
        if (bodyKind.get() == BodyMatch.Kind.JSON_PATH) {
            String p = BodyMatch.pathProblem(text(bodyPath).strip());
            if (p != null) {
                return "Match body: " + p;
            }
        }
        if (!text(fault).isBlank() && Fault.byId(text(fault).strip()).isEmpty()) {
            return "Fault: unknown '" + text(fault) + "' (known: " + Fault.ids() + ")";
        }
        List<String> items = items();
        if (items.size() + 1 > MockRoute.MAX_ANSWERS) {
            return "Then: at most " + (MockRoute.MAX_ANSWERS - 1) + " further answers";
        }
        for (String item : items) {
            boolean status = item.matches("\\d{3}") && Integer.parseInt(item) >= 200 && Integer.parseInt(item) <= 599;
            if (!status && Fault.byId(item).isEmpty()) {
                return "Then: '" + item + "' is neither a status from 200 to 599 nor a fault (" + Fault.ids() + ")";
            }
        }
        return "";
    }

    private List<String> items() {
        List<String> out = new ArrayList<>();
        for (String part : text(then).split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }
}
