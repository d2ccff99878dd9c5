package dev.statuslab.core.transcript;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.scenario.SimulatorNotes;
import dev.statuslab.core.status.HeaderChecks;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.status.StatusInfo;
import java.util.List;
import java.util.Objects;

/**
 * What StatusLab says about a status code, and about the response that carried it: the catalogue's
 * facts, the code's header rules checked against that response, and where the simulator differs
 * from Django. Assembled once here; the explanation pane and the Markdown transcript both render it.
 *
 * @param code    the status code
 * @param info    the catalogue's facts, or null for a code outside the five classes (100–599)
 * @param checked whether a response was checked (false for a code explained on its own)
 * @param checks  the header rules of the code against the response, in the catalogue's order
 * @param notes   where the simulator follows the specification over Django, or Django answered first
 */
public record Explanation(
        int code, StatusInfo info, boolean checked, List<HeaderChecks.Check> checks, List<String> notes) {

    public Explanation {
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
    }

    /** The explanation of {@code response}, received for {@code request}. */
    public static Explanation of(StatusCatalog catalog, HttpRequest request, HttpResponse response) {
        Objects.requireNonNull(response, "response");
        int code = response.code();
        if (!inClasses(code)) {
            return new Explanation(code, null, false, List.of(), List.of());
        }
        StatusInfo info = catalog.describe(code);
        return new Explanation(
                code,
                info,
                true,
                HeaderChecks.check(
                        info,
                        response.headers()::all,
                        request.method().name(),
                        response.body().size()),
                SimulatorNotes.about(info, request, response));
    }

    /** The explanation of an exchange that has a response. */
    public static Explanation of(StatusCatalog catalog, Exchange exchange) {
        return of(catalog, exchange.request(), exchange.response());
    }

    /** The explanation of a code alone, with no response to check (a scenario's expected status). */
    public static Explanation ofCode(StatusCatalog catalog, int code) {
        return new Explanation(code, inClasses(code) ? catalog.describe(code) : null, false, List.of(), List.of());
    }

    /** Whether the catalogue explains this code (it lies in 100–599). */
    public boolean explained() {
        return info != null;
    }

    /** The registry's reason phrase, or "Unknown" outside the five classes. */
    public String reason() {
        return info == null ? "Unknown" : info.reason();
    }

    private static boolean inClasses(int code) {
        return code >= 100 && code <= 599;
    }
}
