package dev.statuslab.core.learn;

import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.HeaderRule;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Questions made from the knowledge base: a code's meaning (pick the code), its reason phrase
 * (type the code), the header it must or should carry, and Django's ways to answer it. Each is
 * shown on the simulator by the playground's {@code GET /status/<code>} of the catalogue.
 */
final class KnowledgeQuestions {

    private final StatusCatalog statuses;
    private final ScenarioCatalog catalog;
    private final LearnData data;
    private final List<String> codePool;
    private final List<String> headerPool;

    KnowledgeQuestions(StatusCatalog statuses, ScenarioCatalog catalog, LearnData data, List<String> codePool) {
        this.statuses = statuses;
        this.catalog = catalog;
        this.data = data;
        this.codePool = codePool;
        Set<String> headers = new TreeSet<>();
        for (StatusInfo info : statuses.all()) {
            info.headers().stream()
                    .filter(h -> h.level() != HeaderRule.Level.FORBIDDEN)
                    .forEach(h -> headers.add(h.name()));
        }
        this.headerPool = List.copyOf(headers);
    }

    List<Question> all() {
        List<Question> out = new ArrayList<>();
        for (StatusInfo info : statuses.all()) {
            out.add(meaning(info));
            out.add(reason(info));
        }
        for (StatusInfo info : statuses.all()) {
            Question q = header(info);
            if (q != null) {
                out.add(q);
            }
        }
        for (LearnData.DjangoWay way : data.django()) {
            out.add(django(way));
        }
        return out;
    }

    Level level(int code) {
        if (data.cheatSheet().contains(code)) {
            return Level.CHEAT_SHEET;
        }
        return data.common().contains(code) ? Level.COMMON_CODES : Level.ALL_CODES;
    }

    private Question meaning(StatusInfo info) {
        String id = "meaning:" + info.code();
        String answer = String.valueOf(info.code());
        String prompt = "Which status code says this?\n" + redact(info.meaning(), info);
        return new Question(
                id,
                QuestionKind.PICK_CODE,
                level(info.code()),
                prompt,
                Choices.of(id, answer, pool(info.code())),
                answer,
                info.code(),
                demo(info.code()),
                List.of());
    }

    private Question reason(StatusInfo info) {
        String prompt = "Type the code whose reason phrase is “" + info.reason() + "”.";
        return new Question(
                "reason:" + info.code(),
                QuestionKind.TYPE_CODE,
                level(info.code()),
                prompt,
                List.of(),
                String.valueOf(info.code()),
                info.code(),
                demo(info.code()),
                List.of());
    }

    private Question header(StatusInfo info) {
        Question required = header(info, HeaderRule.Level.REQUIRED, "must");
        return required != null ? required : header(info, HeaderRule.Level.RECOMMENDED, "should");
    }

    private Question header(StatusInfo info, HeaderRule.Level level, String verb) {
        List<HeaderRule> rules = info.headersAt(level);
        if (rules.isEmpty()) {
            return null;
        }
        String answer = rules.get(0).name();
        List<String> pool = new ArrayList<>(headerPool);
        info.headers().forEach(h -> pool.remove(h.name()));
        String id = "header:" + info.code();
        String prompt = "What header " + verb + " a " + info.code() + " " + info.reason() + " response carry?";
        return new Question(
                id,
                QuestionKind.PICK_HEADER,
                level(info.code()),
                prompt,
                Choices.of(id, answer, pool),
                answer,
                info.code(),
                demo(info.code()),
                List.of());
    }

    private Question django(LearnData.DjangoWay way) {
        StatusInfo info = statuses.describe(way.code());
        String status = way.code() + " " + info.reason();
        String prompt =
                switch (way.kind()) {
                    case "exception" -> "Which exception, raised in a view, makes Django answer " + status + "?";
                    case "shortcut" -> "Which Django shortcut answers " + status + "?";
                    case "decorator" ->
                        "Which decorator makes a view answer " + status + " to the methods it does not take?";
                    default -> "Which Django response class answers " + status + "?";
                };
        List<String> pool = data.django().stream()
                .filter(d -> d.code() != way.code())
                .map(LearnData.DjangoWay::name)
                .toList();
        String id = "django:" + way.name().replaceAll("[^A-Za-z0-9_]", "");
        return new Question(
                id,
                QuestionKind.PICK_DJANGO,
                level(way.code()),
                prompt,
                Choices.of(id, way.name(), pool),
                way.name(),
                way.code(),
                demo(way.code()),
                List.of());
    }

    /** Codes to choose from: the cheat-sheet and common codes, and for the last level the code's class too. */
    private List<String> pool(int code) {
        List<String> pool = new ArrayList<>(codePool);
        if (level(code) == Level.ALL_CODES) {
            statuses.all().stream()
                    .filter(i -> i.code() / 100 == code / 100)
                    .forEach(i -> pool.add(String.valueOf(i.code())));
        }
        return pool;
    }

    /** The playground's request for the code, when its usual answer is that code (not for 1xx). */
    private ReadyRequest demo(int code) {
        return catalog.find("status-" + code)
                .map(Scenario::requests)
                .map(r -> r.get(0))
                .filter(r -> r.expectedStatus() == code)
                .orElse(null);
    }

    /** The meaning without the code or its reason phrase, which would give the answer away. */
    static String redact(String meaning, StatusInfo info) {
        String out = meaning.replace(String.valueOf(info.code()), "…");
        return Pattern.compile(Pattern.quote(info.reason()), Pattern.CASE_INSENSITIVE)
                .matcher(out)
                .replaceAll("…");
    }
}
