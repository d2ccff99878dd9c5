package dev.statuslab.bench;

import dev.statuslab.core.http.Headers;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.workbench.Auth;
import dev.statuslab.core.workbench.CollectionStore;
import dev.statuslab.core.workbench.CookieJar;
import dev.statuslab.core.workbench.CookieStore;
import dev.statuslab.core.workbench.Environment;
import dev.statuslab.core.workbench.EnvironmentStore;
import dev.statuslab.core.workbench.Folder;
import dev.statuslab.core.workbench.RequestCollection;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SavedRequest;
import dev.statuslab.core.workbench.Tabs;
import dev.statuslab.core.workbench.TabsStore;
import dev.statuslab.core.workbench.Variable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What restoring the workbench adds to start-up: 20 open tabs, 500 saved requests (5 collections
 * of 4 folders of 25), 2 environments and a cookie jar, read from a data folder the way the app
 * reads them (off the UI thread, after the catalogues). {@code make DIR} writes the fixtures;
 * {@code load DIR [runs]} times the first load in this JVM (what a launch pays) and then repeats.
 */
public final class WorkbenchLoadProbe {

    private WorkbenchLoadProbe() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        if (args[0].equals("make")) {
            make(data);
            return;
        }
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        boolean afterCatalogs = !Arrays.asList(args).contains("--cold");
        if (afterCatalogs) {
            StatusCatalog.load(); // the app has read its catalogues (same JSON parser) before this point
        }
        long[] first = loadOnce(data);
        long[][] times = new long[2][runs];
        for (int i = 0; i < runs; i++) {
            long[] t = loadOnce(data);
            times[0][i] = t[0];
            times[1][i] = t[1];
        }
        Arrays.sort(times[0]);
        Arrays.sort(times[1]);
        System.out.printf(
                "%s: first load: tabs %.1f ms (before the first frame), collections + environments +"
                        + " cookies %.1f ms (in the background); then medians %.1f ms and %.1f ms over %d runs%n",
                afterCatalogs ? "after the catalogues, as in the app" : "cold JVM, parser classes not loaded",
                first[0] / 1e6,
                first[1] / 1e6,
                times[0][runs / 2] / 1e6,
                times[1][runs / 2] / 1e6,
                runs);
    }

    /** Nanoseconds for the tabs (on the way to the first frame) and for the rest (loaded after it). */
    private static long[] loadOnce(Path data) {
        long start = System.nanoTime();
        TabsStore.Restored tabs = TabsStore.inDataDirectory(data).load();
        long tabsDone = System.nanoTime();
        CollectionStore.Loaded collections =
                CollectionStore.inDataDirectory(data).load();
        EnvironmentStore.Loaded environments =
                EnvironmentStore.inDataDirectory(data).load();
        CookieJar jar = new CookieJar();
        String cookies = CookieStore.inDataDirectory(data).loadInto(jar, Instant.now());
        long end = System.nanoTime();
        int requests = collections.collections().stream()
                .mapToInt(c -> c.root().allRequests().size())
                .sum();
        if (tabs.tabs().size() != 20
                || requests != 500
                || environments.environments().size() != 2
                || jar.all().isEmpty()
                || tabs.problem() != null
                || cookies != null
                || !collections.problems().isEmpty()) {
            throw new IllegalStateException("fixtures not as made: "
                    + tabs.tabs().size() + " tabs, " + requests + " requests, " + collections.problems());
        }
        return new long[] {tabsDone - start, end - tabsDone};
    }

    private static void make(Path data) throws Exception {
        Files.createDirectories(data);
        CollectionStore collections = CollectionStore.inDataDirectory(data);
        for (int c = 0; c < 5; c++) {
            List<Folder> folders = new ArrayList<>();
            for (int f = 0; f < 4; f++) {
                List<SavedRequest> requests = new ArrayList<>();
                for (int r = 0; r < 25; r++) {
                    requests.add(SavedRequest.named("Request " + c + "-" + f + "-" + r, draft(c * 100 + f * 25 + r)));
                }
                folders.add(Folder.named("Folder " + f, List.of(), requests));
            }
            collections.add(RequestCollection.named(
                    "Collection " + c,
                    List.of(Variable.of("baseUrl", "{{simulator}}"), Variable.secret("token", "t" + c)),
                    folders,
                    List.of()));
        }
        AtomicInteger ids = new AtomicInteger();
        Tabs tabs = new Tabs(() -> "tab-" + ids.incrementAndGet());
        for (int t = 0; t < 20; t++) {
            if (t > 0) {
                tabs.newTab();
            }
            tabs.open("Tab " + t, "saved:Collection-0/Folder-0/Request-0-0-" + t, draft(t));
            if (t % 2 == 0) {
                tabs.edit(draft(t).withUrl("{{baseUrl}}/anything?edited=" + t));
            }
        }
        TabsStore.inDataDirectory(data).save(tabs, "local");
        EnvironmentStore environments = EnvironmentStore.inDataDirectory(data);
        environments.save(new Environment("local", List.of(Variable.of("baseUrl", "{{simulator}}"))));
        environments.save(new Environment(
                "staging",
                List.of(Variable.of("baseUrl", "https://staging.example.com"), Variable.secret("token", "s3cr3t"))));
        CookieJar jar = new CookieJar();
        jar.receive(
                "http://127.0.0.1:8765/secure/contact/",
                Headers.of("Set-Cookie", "csrftoken=abcdefghijklmnopqrstuvwxyz012345; Max-Age=31449600; Path=/"),
                Instant.now());
        CookieStore.inDataDirectory(data).save(jar);
        System.out.println("fixtures in " + data);
    }

    private static RequestDraft draft(int i) {
        RequestDraft d = RequestDraft.get("{{baseUrl}}/anything?n=" + i)
                .withHeaders(List.of(
                        RequestDraft.Row.of("Accept", "application/json"),
                        RequestDraft.Row.of("X-Request", "{{$uuid}}")))
                .withAuth(new Auth.Bearer("{{token}}"));
        return i % 3 == 0
                ? d.withMethod("POST")
                        .withBody(
                                BodyKind.JSON,
                                "{\n  \"name\": \"Ada\",\n  \"email\": \"ada@example.com\",\n  \"n\": " + i + "\n}")
                : d;
    }
}
