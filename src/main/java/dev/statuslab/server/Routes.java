package dev.statuslab.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.django.ContactStore;
import dev.statuslab.server.django.GenericViews;
import dev.statuslab.server.django.TutorialViews;
import dev.statuslab.server.playground.PlaygroundViews;
import dev.statuslab.server.playground.StatusCodesView;
import dev.statuslab.server.site.Csrf;
import dev.statuslab.server.site.UrlConf;
import dev.statuslab.server.site.View;
import java.util.random.RandomGenerator;

/** The project's urls.py: the tutorial, its generic views, and the playground. */
final class Routes {

    private Routes() {}

    /** Whether the path is the playground's (not the Django site's): CORS covers it by default. */
    static boolean isPlayground(String path) {
        return path.startsWith("/status/")
                || path.startsWith("/redirect/")
                || path.startsWith("/delay/")
                || path.startsWith("/fault/")
                || path.equals("/anything")
                || path.startsWith("/anything/")
                || path.equals("/__reset__");
    }

    static UrlConf urlConf(
            ContactStore store, Csrf csrf, StatusCatalog catalog, RandomGenerator random, Runnable resetMocks) {
        TutorialViews tutorial = new TutorialViews(store, csrf, new ObjectMapper());
        GenericViews generic = new GenericViews(store);
        PlaygroundViews playground = new PlaygroundViews(store, resetMocks);
        return new UrlConf()
                .path("simple/", tutorial.simple())
                .path("contact/", tutorial.contact("/contact/", false))
                .path("secure/contact/", tutorial.contact("/secure/contact/", true))
                .path("forbidden/", tutorial.forbidden())
                .path("api/messages/", tutorial.apiCreate())
                .path("ping/", tutorial.ping())
                .path("boom/", tutorial.boom())
                .path("messages/", generic.list())
                .path("messages/new/", generic.create())
                .path("messages/<int:pk>/", generic.detail())
                .path("messages/<int:pk>/delete/", generic.delete())
                .path("status/<str:codes>", View.anyMethod(new StatusCodesView(catalog, random)))
                .path("redirect/<int:n>", playground.redirect())
                .path("delay/<int:ms>", playground.delay())
                .path("fault/<str:kind>", playground.fault())
                .path("anything", playground.anything())
                .path("anything/<path:rest>", playground.anything())
                .path("__reset__", playground.reset());
    }
}
