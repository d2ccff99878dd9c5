package dev.statuslab.launch;

import dev.statuslab.core.concurrent.DaemonThreads;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.AppPreferences;
import java.util.concurrent.CompletableFuture;

/**
 * Work that does not need the JavaFX toolkit, started before the toolkit is launched so that it
 * runs on the other core while the toolkit and GTK initialise: reading the knowledge base and
 * the scenario catalogue (and with them Jackson's classes), and the user's preferences (which
 * java.util.prefs keeps as XML, so reading them loads an XML parser).
 */
public final class Preload {

    /** Both catalogues, read once. */
    public record Catalogs(StatusCatalog statuses, ScenarioCatalog scenarios) {
        static Catalogs read() {
            StatusCatalog statuses = StatusCatalog.load();
            return new Catalogs(statuses, ScenarioCatalog.load(statuses));
        }
    }

    private static volatile CompletableFuture<Catalogs> catalogs;
    private static volatile CompletableFuture<AppPreferences> preferences;

    private Preload() {}

    /**
     * Starts reading on daemon threads; call as early as possible, before {@code Application.launch}
     * and before anything initialises logging (which takes tens of milliseconds on its own).
     */
    public static synchronized void start() {
        if (catalogs == null) {
            catalogs = CompletableFuture.supplyAsync(Catalogs::read, runnable -> daemon("statuslab-preload", runnable));
            preferences = CompletableFuture.supplyAsync(
                    Preload::readPreferences, runnable -> daemon("statuslab-preload-prefs", runnable));
        }
    }

    private static void daemon(String name, Runnable work) {
        DaemonThreads.thread(name, work).start();
    }

    /** The catalogues: preloaded when {@link #start()} ran, otherwise read now. */
    public static Catalogs catalogs() {
        CompletableFuture<Catalogs> started = catalogs;
        return started != null ? started.join() : Catalogs.read();
    }

    /** The user's preferences: preloaded when {@link #start()} ran, otherwise read now. */
    public static AppPreferences preferences() {
        CompletableFuture<AppPreferences> started = preferences;
        return started != null ? started.join() : readPreferences();
    }

    private static AppPreferences readPreferences() {
        AppPreferences prefs = AppPreferences.user();
        prefs.windowBounds(); // the first read parses the backing file
        return prefs;
    }
}
