package dev.statuslab.server;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.server.site.SiteRequest;
import dev.statuslab.server.site.SiteResponse;
import java.util.List;
import java.util.Optional;

/**
 * The user's mock routes as the server sees them: replaced as a whole whenever the user saves,
 * read without locking by request threads. A mock answers before the simulated site does. One
 * instance may be given to several servers (the app's fallback when its port is busy).
 */
public final class MockRoutes {

    private volatile List<MockRoute> routes = List.of();

    public void replaceAll(List<MockRoute> newRoutes) {
        this.routes = List.copyOf(newRoutes);
    }

    public List<MockRoute> all() {
        return routes;
    }

    /** Whether some route answers this path, for some method. */
    boolean hasPath(String path) {
        for (MockRoute route : routes) {
            if (route.path().equals(path)) {
                return true;
            }
        }
        return false;
    }

    /** The answer of the route that matches the request (see {@link MockRoute#answering}), if any. */
    Optional<SiteResponse> answer(SiteRequest request) {
        return MockRoute.answering(routes, request.method(), request.path()).map(route -> {
            SiteResponse response = new SiteResponse(route.status())
                    .reason(route.reason().isBlank() ? null : route.reason())
                    .delayMillis(route.delayMillis());
            for (Header h : route.headers()) {
                response.header(h.name(), h.value());
            }
            return response.body(route.body());
        });
    }
}
