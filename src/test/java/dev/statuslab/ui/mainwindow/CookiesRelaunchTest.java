package dev.statuslab.ui.mainwindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.ExchangeSender;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.workbench.Cookie;
import dev.statuslab.core.workbench.CookieStore;
import dev.statuslab.ui.common.ManualScheduler;
import dev.statuslab.ui.cookies.CookiesViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's jar across a relaunch, without a toolkit: persistent cookies come back, session ones do not. */
class CookiesRelaunchTest {

    private static final StatusCatalog STATUSES = StatusCatalog.load();
    private static final ScenarioCatalog SCENARIOS = ScenarioCatalog.load(STATUSES);

    private static final ExchangeSender NOWHERE = new ExchangeSender() {
        @Override
        public CompletableFuture<Exchange> send(HttpRequest request) {
            return new CompletableFuture<>();
        }

        @Override
        public void close() {}
    };

    private static MainViewModel window() {
        return WindowModels.inMemory(SCENARIOS, STATUSES, NOWHERE, Runnable::run, Runnable::run)
                .build();
    }

    private static List<String> names(MainViewModel vm) {
        return vm.cookies().all().stream().map(Cookie::name).toList();
    }

    @Test
    void persistentCookiesAsThePanelLeftThemComeBackAfterARelaunch(@TempDir Path data) {
        MainViewModel first = window();
        WorkbenchFiles wiring = WorkbenchFiles.attach(first, data, Runnable::run, Runnable::run, new ManualScheduler());
        first.cookies()
                .receive(
                        "http://127.0.0.1:8765/secure/contact/",
                        Headers.empty()
                                .with("Set-Cookie", "csrftoken=abc; Max-Age=3600; Path=/")
                                .with("Set-Cookie", "theme=dark; Max-Age=3600; Path=/")
                                .with("Set-Cookie", "sessionid=s1; Path=/"),
                        Instant.now());
        CookiesViewModel panel = new CookiesViewModel(first.cookies());
        panel.refresh();
        Cookie csrf = panel.rows().stream()
                .filter(c -> c.name().equals("csrftoken"))
                .findFirst()
                .orElseThrow();
        panel.edit(csrf, "edited");
        panel.delete(panel.rows().stream().filter(c -> c.name().equals("theme")).toList());
        wiring.flush();
        assertTrue(Files.exists(data.resolve(CookieStore.FILE_NAME)));

        MainViewModel second = window();
        WorkbenchFiles.attach(second, data, Runnable::run, Runnable::run, new ManualScheduler());
        assertEquals(List.of("csrftoken"), names(second), "the session cookie ended with the session");
        assertEquals("edited", second.cookies().all().get(0).value());
    }

    @Test
    void theJarComesWithTheSideFilesAfterTheFirstFrameAndAQuitBeforeThenKeepsIt(@TempDir Path data) {
        MainViewModel first = window();
        WorkbenchFiles wiring = WorkbenchFiles.attach(first, data, Runnable::run, Runnable::run, new ManualScheduler());
        first.cookies()
                .receive(
                        "http://127.0.0.1:8765/",
                        Headers.empty().with("Set-Cookie", "csrftoken=abc; Max-Age=3600; Path=/"),
                        Instant.now());
        wiring.flush();

        MainViewModel quitEarly = window(); // quits before its first frame: the jar is not read yet
        WorkbenchFiles.attachTabs(quitEarly, data, Runnable::run, Runnable::run, new ManualScheduler())
                .flush();
        assertTrue(names(quitEarly).isEmpty(), "only the tabs are read before the first frame");

        MainViewModel second = window();
        WorkbenchFiles later =
                WorkbenchFiles.attachTabs(second, data, Runnable::run, Runnable::run, new ManualScheduler());
        assertTrue(names(second).isEmpty());
        later.readSideFiles();
        assertEquals(List.of("csrftoken"), names(second), "not written over by the launch that quit early");
    }

    @Test
    void anUnreadableJarIsSetAsideWithAMessageAndTheWindowStartsEmpty(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve(CookieStore.FILE_NAME), "{not json");
        MainViewModel vm = window();
        WorkbenchFiles.attach(vm, data, Runnable::run, Runnable::run, new ManualScheduler());
        assertTrue(vm.cookies().all().isEmpty());
        assertTrue(
                vm.messageProperty().get().startsWith("The cookie jar"),
                vm.messageProperty().get());
        assertTrue(Files.exists(data.resolve("set-aside/" + CookieStore.FILE_NAME)));
    }
}
