package dev.statuslab.ui.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The proxy dialog's fields and the proxy's state without a toolkit. */
class ProxyViewModelTest {

    private final List<String> messages = new ArrayList<>();
    private final List<ProxyViewModel.Setting> applied = new ArrayList<>();
    private final ProxyViewModel vm = new ProxyViewModel(Runnable::run, messages::add);

    private void connect(String url, boolean record, String set, boolean on) {
        vm.connect(url, record, set, on, setting -> {
            applied.add(setting);
            return CompletableFuture.completedFuture(null);
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            ''                           | the backend's URL, e.g. https://api.example.com
            ftp://files.example.com      | expected an http:// or https:// URL with a host, e.g. https://api.example.com
            localhost:3000               | expected an http:// or https:// URL with a host, e.g. https://api.example.com
            http://a b                   | not a URL: illegal character in authority
            https://api.example.com/?x=1 | the URL has no query or fragment
            https://api.example.com/v1   | ''
            """)
    void theUrlIsCheckedAsItIsTyped(String typed, String problem) {
        vm.urlProperty().set(typed);

        assertEquals(problem, vm.urlProblemProperty().get());
        assertEquals(problem.isEmpty(), vm.canApplyProperty().get());
    }

    @Test
    void theSetNameIsCheckedOnlyWhileRecording() {
        connect("http://127.0.0.1:3000", true, "", false);
        assertEquals("recorded", vm.setNameProperty().get(), "the default name");

        vm.setNameProperty().set("Default");
        assertEquals(
                "answers are recorded into a set of their own, not the default set",
                vm.setNameProblemProperty().get());
        assertFalse(vm.apply(), "nothing is switched while a field has a problem");
        assertTrue(applied.isEmpty());

        vm.recordProperty().set(false);
        assertEquals("", vm.setNameProblemProperty().get());
        assertTrue(vm.canApplyProperty().get());
    }

    @Test
    void applyingProxiesAndRecordsAndTheStatusBarSaysSo() {
        connect("", true, "", false);
        assertTrue(applied.isEmpty(), "off at launch: nothing switched");
        vm.urlProperty().set(" http://127.0.0.1:3000 ");
        vm.setNameProperty().set("offline");

        assertTrue(vm.apply());

        assertEquals(List.of(new ProxyViewModel.Setting(URI.create("http://127.0.0.1:3000"), "offline")), applied);
        assertEquals(
                "Proxy → http://127.0.0.1:3000, recording into 'offline'",
                vm.statusProperty().get());
        assertTrue(vm.appliedProperty().get().on());
        assertTrue(messages.get(messages.size() - 1).contains("recorded into the mock set offline"));

        vm.stop();

        assertEquals(ProxyViewModel.Setting.OFF, applied.get(1));
        assertEquals("", vm.statusProperty().get());
        assertFalse(vm.appliedProperty().get().on());
    }

    @Test
    void aProxyOnAtTheLastLaunchIsOnAgainWithoutRecordingWhenItWasNot() {
        connect("https://api.example.com", false, "mine", true);

        assertEquals(List.of(new ProxyViewModel.Setting(URI.create("https://api.example.com"), null)), applied);
        assertEquals("Proxy → https://api.example.com", vm.statusProperty().get());
        assertEquals("mine", vm.setNameProperty().get());
    }

    @Test
    void aSwitchThatFailsLeavesTheProxyOffWithTheReason() {
        vm.connect(
                "http://127.0.0.1:3000",
                true,
                "recorded",
                false,
                setting -> CompletableFuture.failedFuture(new IOException("the data folder is read-only")));

        vm.apply();

        assertEquals("", vm.statusProperty().get());
        assertFalse(vm.appliedProperty().get().on());
        assertEquals(
                "The proxy could not be switched: the data folder is read-only", messages.get(messages.size() - 1));
    }
}
