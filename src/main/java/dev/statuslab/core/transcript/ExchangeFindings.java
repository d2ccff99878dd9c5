package dev.statuslab.core.transcript;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.lint.Finding;
import dev.statuslab.core.lint.Linter;
import dev.statuslab.core.lint.Subject;
import java.util.List;
import java.util.Locale;

/**
 * The findings of the linter for one exchange. Reads no file: a body kept on disk (over the client's memory
 * cap) is judged by its size only, so this is cheap enough for the JavaFX thread.
 */
public final class ExchangeFindings {

    private ExchangeFindings() {}

    /**
     * The findings for the exchange's response; for an exchange that failed after the head arrived, the
     * failure and what the head shows; none when no response arrived at all (refused, timed out before a byte).
     */
    public static List<Finding> of(Exchange e, Linter linter) {
        String method = e.request().method().name();
        String scheme = e.request().url().toLowerCase(Locale.ROOT).startsWith("https:") ? "https" : "http";
        if (e.failed()) {
            return e.responseHead().isEmpty()
                    ? List.of()
                    : linter.lintFailed(
                            e.failure(),
                            e.responseHead(),
                            method,
                            scheme,
                            e.request().headers());
        }
        HttpResponse r = e.response();
        Body body = r.body();
        byte[] sample = body.inMemory() ? body.preview(Subject.SAMPLE) : new byte[0];
        return linter.lint(new Subject(
                method, scheme, e.request().headers(), r.statusLine(), r.headers(), sample, body.size(), -1));
    }
}
