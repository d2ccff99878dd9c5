package dev.statuslab.core.scenario;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.HttpResponse;
import dev.statuslab.core.status.DjangoNotes;
import dev.statuslab.core.status.Registration;
import dev.statuslab.core.status.StatusInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where this response differs from what Django itself would send, because the simulator follows
 * the specification instead, or where Django answered before the view ran. Cheap: it only looks
 * at small in-memory bodies, so it can run on the FX thread.
 */
public final class SimulatorNotes {

    public static final String HEAD =
            "Django's own servers send a body with HEAD; the spec forbids it, " + "so the simulator sends none.";
    public static final String NO_CONTENT_LENGTH = "Django's CommonMiddleware adds Content-Length: 0 to a 204; "
            + "the spec forbids it, so the simulator omits it.";
    public static final String CSRF = "Django's CSRF middleware answered before the view ran.";
    public static final String CSRF_MARKER = "CSRF verification failed";

    private static final int SCAN = 16 * 1024;

    private SimulatorNotes() {}

    /** The notes on {@code response} to {@code request}, whose code {@code info} describes; often none. */
    public static List<String> about(StatusInfo info, HttpRequest request, HttpResponse response) {
        List<String> notes = new ArrayList<>();
        if (request.method().is("HEAD")) {
            notes.add(HEAD);
        }
        if (response.code() == 204) {
            notes.add(NO_CONTENT_LENGTH);
        }
        if (response.code() == 403 && mentions(response.body(), CSRF_MARKER)) {
            notes.add(CSRF);
        }
        String received = response.statusLine().reason();
        if (info.registration() != Registration.UNREGISTERED
                && !received.isEmpty()
                && !received.equals(info.reason())) {
            notes.add("The server's reason phrase is \"" + received + "\" where the registry says \"" + info.reason()
                    + "\"; clients go by the code and ignore the phrase.");
        }
        return notes;
    }

    /** The exchange as the Django notes look at it: its response's fields and small body, its path. */
    public static DjangoNotes.Response asDjangoResponse(HttpRequest request, HttpResponse response) {
        return new DjangoNotes.Response() {
            @Override
            public boolean hasHeader(String name) {
                return response.headers().first(name).isPresent();
            }

            @Override
            public boolean bodyContains(String text) {
                return mentions(response.body(), text);
            }

            @Override
            public boolean pathContains(String text) {
                return request.url().contains(text);
            }
        };
    }

    /** Whether a small in-memory body contains the text; bodies on disk are large and never a CSRF page. */
    private static boolean mentions(Body body, String text) {
        if (!body.inMemory() || body.isEmpty()) {
            return false;
        }
        return new String(body.preview(SCAN), StandardCharsets.UTF_8).contains(text);
    }
}
