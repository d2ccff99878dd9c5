package dev.statuslab.server;

import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.server.site.SiteRequest;
import dev.statuslab.server.site.SiteResponse;
import java.util.List;
import java.util.Optional;

/**
 * The user's mock routes as the server sees them: replaced as a whole whenever the user saves,
 * read without locking by request threads. A mock answers before the simulated site does.
 */
public final class MockRoutes {

    private volatile List<MockRoute> routes = List.of();

    public void replaceAll(List<MockRoute> newRoutes) {
        this.routes = List.copyOf(newRoutes);
    }

    public List<MockRoute> all() {
        return routes;
    }

    Optional<SiteResponse> answer(SiteRequest request) {
        for (MockRoute route : routes) {
            if (route.matches(request.method(), request.path())) {
                SiteResponse response = new SiteResponse(route.status())
                        .reason(route.reason().isBlank() ? null : route.reason())
                        .delayMillis(route.delayMillis());
                for (Header h : route.headers()) {
                    response.header(h.name(), h.value());
                }
                response.body(route.body());
                return Optional.of(response);
            }
        }
        return Optional.empty();
    }
}
