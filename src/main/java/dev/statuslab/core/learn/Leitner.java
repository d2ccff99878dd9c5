package dev.statuslab.core.learn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Leitner system of spaced repetition (Sebastian Leitner, 1972), with five boxes. A new
 * question answered right goes to box 2; a right answer moves a card one box up, a wrong one back
 * to box 1, due at once. Box n is due again after 0, 1, 3, 7 or 21 days. A session takes the due
 * cards first (missed ones first, then by box, then by due time), then new questions of the open
 * levels, then the cards due soonest. A level opens when {@link #MOSTLY_KNOWN} of the level before
 * is known. Time comes from the injected clock, so tests can fix it.
 */
public final class Leitner {

    /** The number of boxes. */
    public static final int BOXES = 5;
    /** The share of a level to know before the next one opens. */
    public static final double MOSTLY_KNOWN = 0.8;

    private static final Duration[] INTERVALS = {
        Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(21)
    };

    private final Clock clock;

    public Leitner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How long a card waits in box {@code box} (1-based) before it is due again. */
    public static Duration interval(int box) {
        return INTERVALS[box - 1];
    }

    /** The progress after one answer to question {@code id}. */
    public Progress answer(Progress progress, String id, boolean right) {
        Instant now = clock.instant();
        Card card = progress.cards().get(id);
        int box = right ? Math.min(BOXES, (card == null ? 1 : card.box()) + 1) : 1;
        Card next = new Card(
                id,
                box,
                now.plus(interval(box)),
                (card == null ? 0 : card.right()) + (right ? 1 : 0),
                (card == null ? 0 : card.wrong()) + (right ? 0 : 1),
                right,
                now);
        Map<String, Card> cards = new HashMap<>(progress.cards());
        cards.put(id, next);
        return new Progress(
                cards, progress.streakDays(), progress.lastDay(), progress.sessions(), progress.lastMistakes());
    }

    /** The progress after a finished session: one more session, the day's streak, and its mistakes. */
    public Progress finishSession(Progress progress, List<String> mistakes) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate last = progress.lastDay();
        int streak;
        if (today.equals(last)) {
            streak = Math.max(1, progress.streakDays());
        } else if (last != null && today.minusDays(1).equals(last)) {
            streak = progress.streakDays() + 1;
        } else {
            streak = 1;
        }
        return new Progress(progress.cards(), streak, today, progress.sessions() + 1, mistakes);
    }

    /** The share of a level's questions that are known, 0 to 1. */
    public static double known(QuestionBank bank, Progress progress, Level level) {
        List<Question> questions = bank.at(level);
        if (questions.isEmpty()) {
            return 1;
        }
        long known = questions.stream()
                .filter(q -> progress.card(q.id()).map(Card::known).orElse(false))
                .count();
        return (double) known / questions.size();
    }

    /** Whether a level is open: the first always, any other when the one before is open and mostly known. */
    public static boolean isOpen(QuestionBank bank, Progress progress, Level level) {
        if (level.ordinal() == 0) {
            return true;
        }
        Level before = Level.values()[level.ordinal() - 1];
        return isOpen(bank, progress, before) && known(bank, progress, before) >= MOSTLY_KNOWN;
    }

    /** The questions of the next session, at most {@code size}. */
    public List<Question> session(QuestionBank bank, Progress progress, int size) {
        Instant now = clock.instant();
        List<Question> due = new ArrayList<>();
        List<Question> later = new ArrayList<>();
        Map<Level, List<Question>> fresh = new LinkedHashMap<>();
        for (Question q : bank.all()) {
            Card card = progress.cards().get(q.id());
            if (card == null) {
                if (isOpen(bank, progress, q.level())) {
                    fresh.computeIfAbsent(q.level(), l -> new ArrayList<>()).add(q);
                }
            } else if (!card.due().isAfter(now)) {
                due.add(q);
            } else {
                later.add(q);
            }
        }
        Comparator<Question> byCard = Comparator.comparing(
                        (Question q) -> progress.cards().get(q.id()).lastRight())
                .thenComparingInt(q -> progress.cards().get(q.id()).box())
                .thenComparing(q -> progress.cards().get(q.id()).due());
        due.sort(byCard);
        later.sort(Comparator.comparing(q -> progress.cards().get(q.id()).due()));
        List<Question> out = new ArrayList<>(due);
        fresh.values().forEach(level -> out.addAll(mixKinds(level)));
        out.addAll(later);
        return List.copyOf(out.subList(0, Math.min(size, out.size())));
    }

    /** The questions missed in the last session that are still in the bank, in the order asked. */
    public static List<Question> mistakes(QuestionBank bank, Progress progress) {
        return progress.lastMistakes().stream()
                .flatMap(id -> bank.find(id).stream())
                .toList();
    }

    /** New questions taken one kind after another, so a session is not ten of the same kind. */
    private static List<Question> mixKinds(List<Question> questions) {
        Map<QuestionKind, Deque<Question>> byKind = new LinkedHashMap<>();
        questions.forEach(
                q -> byKind.computeIfAbsent(q.kind(), k -> new ArrayDeque<>()).add(q));
        List<Question> out = new ArrayList<>(questions.size());
        while (out.size() < questions.size()) {
            for (Deque<Question> queue : byKind.values()) {
                if (!queue.isEmpty()) {
                    out.add(queue.poll());
                }
            }
        }
        return out;
    }
}
