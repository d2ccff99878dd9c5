package dev.statuslab.ui.learn;

import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.learn.Answer;
import dev.statuslab.core.learn.Question;
import dev.statuslab.core.learn.QuestionKind;
import dev.statuslab.core.learn.Score;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import dev.statuslab.core.transcript.Exchange;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * What is shown after a check, beside the guess: the verdict, the key and where it came from, and
 * the simulator's real response (status line as received, the fields that matter, and the
 * explanation's summary of its code).
 *
 * @param right       whether the answer was right
 * @param given       the learner's answer
 * @param key         the answer it was judged against
 * @param source      where the key came from: the live simulator, or the app's data and why
 * @param statusLine  the response's status line as received ("HTTP/1.1 302 Found"), or "" without one
 * @param fields      the response's fields that bear on the question ("Location: /contact/"), one a line
 * @param explanation the code's class, title and meaning, in a sentence or two
 * @param code        the status of the response shown (the last one), or 0 when none was received
 */
public record Reveal(
        boolean right,
        String given,
        String key,
        String source,
        String statusLine,
        String fields,
        String explanation,
        int code) {

    private static final List<String> SHOWN_FIELDS =
            List.of("Location", "Allow", "WWW-Authenticate", "Retry-After", "Content-Type");

    /** Makes reveals with the knowledge base's explanations. */
    static final class Maker {

        private final StatusCatalog statuses;

        Maker(StatusCatalog statuses) {
            this.statuses = statuses;
        }

        Reveal make(Answer answer, LiveCheck.Result result, Throwable error) {
            Question q = answer.question();
            String source;
            if (answer.live()) {
                source = "Checked against the live simulator.";
            } else if (error != null) {
                source = "The simulator could not be asked (" + cause(error) + "); judged by the catalogue's key.";
            } else if (result.exchange() != null && result.exchange().failed()) {
                source = "The simulator did not answer (" + result.exchange().failure()
                        + "); judged by the catalogue's key.";
            } else if (q.hasRequest() && result.exchange() == null) {
                source = "The simulator is not running; judged by the catalogue's key.";
            } else if (q.hasRequest()) {
                source = "Judged by the knowledge base; the live response is shown.";
            } else {
                source = "Judged by the knowledge base (a " + q.code() + " is never a final response, so there is"
                        + " nothing to send).";
            }
            Exchange shown = result == null
                    ? null
                    : result.shown().filter(e -> !e.failed()).orElse(null);
            String statusLine = "";
            String fields = "";
            int code = q.code();
            int received = 0;
            if (shown != null) {
                HttpResponse first = result.exchange().response();
                statusLine = result.followed() == null
                        ? first.statusLine().toString()
                        : first.statusLine() + "  →  " + shown.response().statusLine();
                fields = fields(first, q);
                code = shown.code();
                received = code;
            }
            StatusInfo info = statuses.describe(code);
            String explanation =
                    code + " " + info.reason() + " (" + info.statusClass().title() + "): " + info.meaning();
            return new Reveal(
                    answer.right(), answer.given(), answer.key(), source, statusLine, fields, explanation, received);
        }

        private static String fields(HttpResponse response, Question q) {
            StringBuilder out = new StringBuilder();
            List<String> names = q.kind() == QuestionKind.PICK_HEADER ? List.of(q.answer()) : SHOWN_FIELDS;
            for (String name : names) {
                response.headers().first(name).ifPresent(v -> out.append(out.isEmpty() ? "" : "\n")
                        .append(name)
                        .append(": ")
                        .append(v));
            }
            if (q.kind() == QuestionKind.PICK_HEADER && out.isEmpty()) {
                out.append("(no ").append(q.answer()).append(" in this response)");
            }
            return out.toString();
        }

        private static String cause(Throwable error) {
            Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        }
    }

    /** The end-of-session summary: the score, then each missed question with its key. */
    static String summary(Score score, List<Answer> answers) {
        StringBuilder text = new StringBuilder()
                .append(score.right())
                .append(" of ")
                .append(answers.size())
                .append(" right (")
                .append(score.percent())
                .append(" %) · best run ")
                .append(score.bestRun())
                .append(" · ")
                .append(score.points())
                .append(" points");
        List<Answer> missed = answers.stream().filter(a -> !a.right()).toList();
        if (missed.isEmpty()) {
            return text.append("\nNo mistakes.").toString();
        }
        text.append("\nMissed (they come back first next time):");
        for (Answer a : missed) {
            String prompt = String.join(" ", a.question().prompt().lines().toList());
            if (prompt.length() > 140) {
                prompt = prompt.substring(0, 139) + "…";
            }
            text.append("\n• ")
                    .append(prompt)
                    .append(" You said ")
                    .append(a.given())
                    .append("; it is ")
                    .append(a.key())
                    .append('.');
        }
        return text.toString();
    }
}
