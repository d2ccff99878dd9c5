package dev.statuslab.core.learn;

import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.scenario.ScenarioGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Questions made from the catalogue's ready requests: "you send this; what status comes back?",
 * and "what comes next" after the catalogue's redirects. The Django site keeps state (its
 * messages table), so such a question is asked, and checked, after a reset and the scenario's
 * earlier requests.
 */
final class RequestQuestions {

    static final String RESET_PATH = "/__reset__";
    private static final String GENERATED_PREFIX = "status-";
    private static final int BODY_SHOWN = 60;

    private final ScenarioCatalog catalog;
    private final LearnData data;
    private final List<String> codePool;
    private final Optional<ReadyRequest> reset;

    RequestQuestions(ScenarioCatalog catalog, LearnData data, List<String> codePool) {
        this.catalog = catalog;
        this.data = data;
        this.codePool = codePool;
        this.reset = catalog.all().stream()
                .flatMap(s -> s.requests().stream())
                .filter(r -> r.method().equals("POST") && r.path().equals(RESET_PATH))
                .findFirst();
    }

    List<Question> all() {
        List<Question> out = new ArrayList<>();
        for (Scenario s : catalog.all()) {
            if (s.group() == ScenarioGroup.MY_MOCKS || s.id().startsWith(GENERATED_PREFIX)) {
                continue;
            }
            for (int i = 0; i < s.requests().size(); i++) {
                ReadyRequest r = s.requests().get(i);
                if (r.expectedStatuses().size() == 1 && !r.path().startsWith(RESET_PATH) && !needsTheWorkbench(r)) {
                    out.add(statusQuestion(s, i));
                }
            }
        }
        for (LearnData.RedirectStep step : data.redirects()) {
            whatNext(step).ifPresent(out::add);
        }
        return out;
    }

    private Question statusQuestion(Scenario s, int index) {
        ReadyRequest r = s.requests().get(index);
        int code = r.expectedStatus();
        boolean tutorial = s.group() == ScenarioGroup.TUTORIAL || s.group() == ScenarioGroup.GENERIC_VIEWS;
        Level level = s.group() == ScenarioGroup.TUTORIAL && data.cheatSheet().contains(code)
                ? Level.CHEAT_SHEET
                : tutorial ? Level.TUTORIAL_VIEWS : Level.COMMON_CODES;
        String id = "request:" + s.id() + ":" + index;
        String prompt = s.group().title() + " · " + s.title() + "\nYou send " + describe(r) + hint(r, code)
                + after(s, index) + ".\nWhat status does the simulator answer?";
        String answer = String.valueOf(code);
        if (level == Level.CHEAT_SHEET) {
            return new Question(
                    id,
                    QuestionKind.PICK_CODE,
                    level,
                    prompt,
                    Choices.of(id, answer, codePool),
                    answer,
                    code,
                    r,
                    setup(s, index));
        }
        return new Question(id, QuestionKind.TYPE_CODE, level, prompt, List.of(), answer, code, r, setup(s, index));
    }

    private Optional<Question> whatNext(LearnData.RedirectStep step) {
        Optional<Scenario> scenario = catalog.find(step.scenario());
        if (scenario.isEmpty() || step.request() >= scenario.get().requests().size()) {
            return Optional.empty();
        }
        Scenario s = scenario.get();
        ReadyRequest r = s.requests().get(step.request());
        String[] next = step.next().split(" ", 2);
        Optional<ReadyRequest> followed = catalog.all().stream()
                .filter(o -> !o.id().startsWith(GENERATED_PREFIX))
                .flatMap(o -> o.requests().stream())
                .filter(o -> o.method().equals(next[0])
                        && o.path().equals(next[1])
                        && o.expectedStatuses().size() == 1)
                .findFirst();
        if (followed.isEmpty()) {
            return Optional.empty();
        }
        int code = r.expectedStatus();
        int then = followed.get().expectedStatus();
        String other = next[0].equals("GET") ? "POST" : "GET";
        String answer = answer(step.next(), then);
        List<String> pool = List.of(
                answer(other + " " + next[1], then),
                answer(step.next(), code),
                "Nothing: the " + code + " is the final answer",
                answer(other + " " + next[1], code));
        String id = "next:" + s.id() + ":" + step.request();
        String prompt = s.group().title() + " · " + s.title() + "\nYou send " + describe(r) + " and the simulator"
                + " answers " + code + " with a Location.\nWhat does a browser send next, and what does it get?";
        return Optional.of(new Question(
                id,
                QuestionKind.WHAT_NEXT,
                Level.TUTORIAL_VIEWS,
                prompt,
                Choices.of(id, answer, pool),
                answer,
                code,
                r,
                setup(s, step.request())));
    }

    /** The label's first part ("POST a valid form"), unless it gives the code away. */
    /**
     * A ready request that carries {@code {{variables}}} (the CSRF token from the cookie jar) only
     * succeeds from the workbench, which resolves them; Learn sends requests as they are written.
     */
    private static boolean needsTheWorkbench(ReadyRequest r) {
        return r.path().contains("{{")
                || r.body() != null && r.body().contains("{{")
                || r.headers().stream().anyMatch(h -> h.value().contains("{{"));
    }

    private static String hint(ReadyRequest r, int code) {
        String label = r.label().split(": ", 2)[0];
        return label.contains(String.valueOf(code)) || label.equals(r.method()) ? "" : " (" + label + ")";
    }

    /**
     * ", after POST /messages/1/delete/" for a read that follows a form action of its scenario (an
     * unsafe request answered with a redirect), whose effect it may see.
     */
    private static String after(Scenario s, int index) {
        if (!HttpMethod.of(s.requests().get(index).method()).isSafe()) {
            return "";
        }
        List<String> earlier = changes(s, index).stream()
                .filter(r -> r.expectedStatus() / 100 == 3)
                .map(r -> r.method() + " " + r.path())
                .toList();
        return earlier.isEmpty() ? "" : ", after " + String.join(" and ", earlier);
    }

    /** How a what-comes-next answer is written: {@code GET /contact/ → 200}. */
    static String answer(String request, int status) {
        return request + " → " + status;
    }

    /**
     * For a scenario of the Django site: a reset, then the scenario's requests before {@code index}
     * that may change the site (not GET, HEAD, OPTIONS or TRACE).
     */
    private List<ReadyRequest> setup(Scenario s, int index) {
        if (s.group() != ScenarioGroup.TUTORIAL && s.group() != ScenarioGroup.GENERIC_VIEWS) {
            return List.of();
        }
        List<ReadyRequest> out = new ArrayList<>();
        reset.ifPresent(out::add);
        out.addAll(changes(s, index));
        return out;
    }

    private static List<ReadyRequest> changes(Scenario s, int index) {
        return s.requests().subList(0, index).stream()
                .filter(r -> !r.path().startsWith(RESET_PATH))
                .filter(r -> !HttpMethod.of(r.method()).isSafe() && !r.method().equals("TRACE"))
                .toList();
    }

    private static String describe(ReadyRequest r) {
        StringBuilder text = new StringBuilder("`")
                .append(r.method())
                .append(' ')
                .append(r.path())
                .append('`');
        if (r.bodyKind() != BodyKind.NONE && !r.body().isEmpty()) {
            String body = r.body().length() > BODY_SHOWN ? r.body().substring(0, BODY_SHOWN - 1) + "…" : r.body();
            String kind =
                    switch (r.bodyKind()) {
                        case JSON -> "the JSON body";
                        case FORM -> "the form body";
                        default -> "the body";
                    };
            text.append(" with ").append(kind).append(" `").append(body).append('`');
        }
        return text.toString();
    }
}
