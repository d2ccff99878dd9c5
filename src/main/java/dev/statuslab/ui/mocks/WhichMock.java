package dev.statuslab.ui.mocks;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.MockRequest;
import dev.statuslab.core.scenario.MockRoute;
import java.util.List;
import java.util.OptionalInt;

/** "Which mock answers?": the mock the simulator would pick for a request, and why, in a sentence. */
final class WhichMock {

    /** Bodies larger than this are not read to match against (the sentence says so). */
    static final long MAX_BODY = 1024 * 1024;

    /** The answer: the mock's place (or empty) and the sentence to show. */
    record Answer(OptionalInt index, String sentence) {}

    private WhichMock() {}

    static Answer of(List<MockRoute> mocks, HttpRequest request) {
        String body = request.body().size() <= MAX_BODY ? request.body().text() : "";
        MockRequest asked = MockRequest.of(request.method().name(), request.url(), request.headers(), body);
        String what =
                request.method().name() + " " + asked.path() + (asked.query().isEmpty() ? "" : " (with a query)");
        OptionalInt index = MockRoute.answering(mocks, asked);
        if (index.isEmpty()) {
            return new Answer(
                    index, "No mock answers " + what + ": the simulated site does (the playground or Django)");
        }
        long matching = mocks.stream()
                .filter(m -> m.matches(asked) || asked.method().equals("HEAD") && m.matches(asked.withMethod("GET")))
                .count();
        MockRoute route = mocks.get(index.getAsInt());
        String why = matching > 1 ? " — the most specific of the " + matching + " that match" : "";
        return new Answer(
                index,
                "Mock " + (index.getAsInt() + 1) + ", " + MockChecks.title(route)
                        + (route.match().isAny() ? "" : " [" + route.match().describe() + "]") + ", answers " + what
                        + why);
    }
}
