package dev.statuslab.server;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.Fault;
import dev.statuslab.core.scenario.MockAnswer;
import dev.statuslab.core.scenario.MockRequest;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockTemplates;
import dev.statuslab.core.scenario.PathPattern;
import dev.statuslab.server.site.SiteRequest;
import dev.statuslab.server.site.SiteResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The user's mock routes as the server sees them: replaced as a whole whenever the user saves,
 * read without locking by request threads. A mock answers before the simulated site does. One
 * instance may be given to several servers (the app's fallback when its port is busy).
 */
public final class MockRoutes {

    /**
     * The routes and, per route, how many requests it has answered; replaced together. The routes
     * whose paths have no {@code {name}} or {@code *} are also indexed by path, so that the
     * questions asked of every request ("does some mock answer this path?", "which one?") look up
     * the exact paths and walk only the patterns.
     */
    private record State(
            List<MockRoute> routes,
            AtomicLongArray counts,
            Map<String, int[]> exact,
            int[] patterns,
            String[] prefixes) {

        static State of(List<MockRoute> routes) {
            Map<String, List<Integer>> exact = new HashMap<>();
            List<Integer> patterns = new ArrayList<>();
            for (int i = 0; i < routes.size(); i++) {
                String path = routes.get(i).path();
                if (path.indexOf('{') < 0 && path.indexOf('*') < 0) {
                    exact.computeIfAbsent(path, k -> new ArrayList<>()).add(i);
                } else {
                    patterns.add(i);
                }
            }
            Map<String, int[]> exactIds = new HashMap<>();
            exact.forEach((path, ids) -> exactIds.put(path, ints(ids)));
            String[] prefixes = patterns.stream()
                    .map(i -> PathPattern.literalPrefix(routes.get(i).path()))
                    .toArray(String[]::new);
            return new State(
                    routes, new AtomicLongArray(routes.size()), Map.copyOf(exactIds), ints(patterns), prefixes);
        }

        /** Whether the pattern at {@code k} of {@link #patterns} matches {@code path}. */
        boolean patternMatches(int k, String path) {
            return path.startsWith(prefixes[k])
                    && PathPattern.match(routes.get(patterns[k]).path(), path) != null;
        }

        private static int[] ints(List<Integer> list) {
            return list.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The indexes of the routes whose paths match {@code path}, in the routes' order. */
        int[] candidates(String path) {
            int[] same = exact.getOrDefault(path, NONE);
            int[] out = new int[same.length + patterns.length];
            int n = 0;
            int e = 0;
            for (int k = 0; k < patterns.length; k++) {
                if (!patternMatches(k, path)) {
                    continue;
                }
                int p = patterns[k];
                while (e < same.length && same[e] < p) {
                    out[n++] = same[e++];
                }
                out[n++] = p;
            }
            while (e < same.length) {
                out[n++] = same[e++];
            }
            return n == 0 ? NONE : Arrays.copyOf(out, n);
        }
    }

    private static final int[] NONE = new int[0];

    private volatile State state = State.of(List.of());

    /** Replaces the routes; every sequence starts again from its first answer. */
    public void replaceAll(List<MockRoute> newRoutes) {
        this.state = State.of(List.copyOf(newRoutes));
    }

    public List<MockRoute> all() {
        return state.routes();
    }

    /** Starts every sequence again from its first answer ({@code POST /__reset__}, the window's Reset). */
    public void resetSequences() {
        State s = state;
        for (int i = 0; i < s.counts().length(); i++) {
            s.counts().set(i, 0);
        }
    }

    /** Whether some route's path pattern matches this path, for some method and request. */
    boolean hasPath(String path) {
        State s = state;
        if (s.exact().containsKey(path)) {
            return true;
        }
        for (int k = 0; k < s.patterns().length; k++) {
            if (s.patternMatches(k, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Allow field for a path some mocks answer: their methods (HEAD with GET), and OPTIONS;
     * empty when none does, or when one answers any method.
     */
    Optional<String> allowFor(String path) {
        Set<String> methods = new LinkedHashSet<>();
        State s = state;
        for (int id : s.candidates(path)) {
            MockRoute route = s.routes().get(id);
            if (route.method().equals(MockRoute.ANY_METHOD)) {
                return Optional.empty();
            }
            methods.add(route.method());
            if (route.method().equals("GET")) {
                methods.add("HEAD");
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        methods.add("OPTIONS");
        return Optional.of(String.join(", ", methods));
    }

    /** The answer of the route that answers the request (see {@link MockRoute#answering}), if any. */
    Optional<SiteResponse> answer(SiteRequest request) {
        State s = state;
        int[] ids = s.routes().isEmpty() ? NONE : s.candidates(request.path());
        if (ids.length == 0) {
            return Optional.empty(); // before the query and body are decoded for the match
        }
        MockRequest asked = new MockRequest(
                request.method(), request.path(), request.query(), request.headers(), request.bodyText());
        List<MockRoute> candidates = new ArrayList<>(ids.length);
        for (int id : ids) {
            candidates.add(s.routes().get(id));
        }
        OptionalInt chosen = MockRoute.answering(candidates, asked);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        int index = ids[chosen.getAsInt()];
        MockRoute route = s.routes().get(index);
        // HEAD is safe: it shows what the last request got and does not move the sequence on.
        long n = asked.method().equals("HEAD")
                ? Math.max(0, s.counts().get(index) - 1)
                : s.counts().getAndIncrement(index);
        MockAnswer answer = route.answerFor(n);
        Map<String, Object> context = null;
        if (MockTemplates.isTemplate(answer.body())
                || answer.headers().stream().anyMatch(h -> MockTemplates.isTemplate(h.value()))) {
            context = MockTemplates.context(asked, route.pathParams(asked.path()), n + 1);
        }
        SiteResponse response = new SiteResponse(answer.status())
                .reason(answer.reason().isBlank() ? null : answer.reason())
                .delayMillis(answer.delayMillis());
        if (answer.fault() != null) {
            response.fault(answer.fault(), Fault.DEFAULT_BPS);
        }
        for (Header h : answer.headers()) {
            // A rendered value may carry a line break from the request's JSON: never onto the wire.
            response.header(
                    h.name(),
                    context == null
                            ? h.value()
                            : MockTemplates.render(h.value(), context)
                                    .replaceAll("[\\x00-\\x08\\x0a-\\x1f\\x7f]", " "));
        }
        return Optional.of(
                response.body(context == null ? answer.body() : MockTemplates.render(answer.body(), context)));
    }
}
