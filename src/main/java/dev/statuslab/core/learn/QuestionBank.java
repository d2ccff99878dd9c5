package dev.statuslab.core.learn;

import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Every practice question, made from what the app already knows: the catalogue's ready requests
 * and redirects ({@link RequestQuestions}), and the knowledge base's meanings, reason phrases,
 * headers and Django ways ({@link KnowledgeQuestions}). Ordered by level, then as made. Immutable.
 */
public final class QuestionBank {

    private final List<Question> all;
    private final Map<String, Question> byId;

    private QuestionBank(List<Question> questions) {
        Map<String, Question> map = new LinkedHashMap<>();
        for (Question q : questions) {
            if (map.put(q.id(), q) != null) {
                throw new IllegalArgumentException("question id '" + q.id() + "' appears more than once");
            }
        }
        List<Question> sorted = new ArrayList<>(questions);
        sorted.sort((a, b) -> Integer.compare(a.level().ordinal(), b.level().ordinal()));
        this.all = List.copyOf(sorted);
        this.byId = Map.copyOf(map);
    }

    /** The questions of this catalogue and knowledge base. */
    public static QuestionBank generate(ScenarioCatalog catalog, StatusCatalog statuses, LearnData data) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(data, "data");
        TreeSet<Integer> codes = new TreeSet<>(data.cheatSheet());
        codes.addAll(data.common());
        List<String> codePool = codes.stream().map(String::valueOf).toList();
        List<Question> out = new ArrayList<>(new RequestQuestions(catalog, data, codePool).all());
        out.addAll(new KnowledgeQuestions(statuses, catalog, data, codePool).all());
        return new QuestionBank(out);
    }

    /** Every question, by level. */
    public List<Question> all() {
        return all;
    }

    /** The questions of one level. */
    public List<Question> at(Level level) {
        return all.stream().filter(q -> q.level() == level).toList();
    }

    public Optional<Question> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
