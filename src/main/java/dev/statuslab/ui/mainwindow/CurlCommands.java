package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.transcript.CurlImport;
import dev.statuslab.core.workbench.RequestDraft;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.ui.composer.ComposerDrafts;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A curl command made a request (issue 10): pasted into the URL field it replaces the tab's request;
 * File → Import curl… opens it like any other request (in the current tab while that is unchanged,
 * else in a new one). What curl would do that a request cannot carry is named in the status bar; a
 * command that cannot be read is refused with the reason, and nothing changes.
 */
final class CurlCommands {

    private final MainViewModel vm;

    CurlCommands(MainViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    /** Whether {@code text} reads as a curl command ("curl …", or "$ curl …" as copied from a terminal). */
    static boolean isCurl(String text) {
        String t = text == null ? "" : text.strip().replaceFirst("^\\$\\s+", "");
        return t.toLowerCase(Locale.ROOT).startsWith("curl ");
    }

    /**
     * A paste into the URL field: a curl command becomes the current tab's request, and true is
     * returned; any other text is left to the field (false).
     */
    boolean paste(String text) {
        if (!isCurl(text)) {
            return false;
        }
        parse(text).ifPresent(imported -> {
            SimulatorAddress simulator = simulator();
            HttpRequest request = imported.request();
            RequestDraft draft = ComposerDrafts.of(request, null, simulator);
            ComposerDrafts.load(vm.composer(), draft, simulator);
            vm.setMessage("Pasted the curl command as " + request.method() + " " + request.url() + notes(imported));
        });
        return true;
    }

    /** File → Import curl…: opens the command's request; false (with the reason said) when it cannot be read. */
    boolean open(String text) {
        Optional<CurlImport.Imported> parsed = parse(text);
        parsed.ifPresent(imported -> {
            HttpRequest request = imported.request();
            String title = request.method() + " " + request.url().replaceFirst("^[a-zA-Z]+://[^/?#]*", "");
            boolean fresh = vm.tabs().open(title, request, null);
            vm.setMessage("Imported the curl command as " + request.method() + " " + request.url()
                    + (fresh ? " into a new tab" : "") + notes(imported));
        });
        return parsed.isPresent();
    }

    private Optional<CurlImport.Imported> parse(String text) {
        try {
            return Optional.of(CurlImport.parse(text));
        } catch (IllegalArgumentException e) {
            vm.setMessage("The curl command was not used: " + e.getMessage());
            return Optional.empty();
        }
    }

    private SimulatorAddress simulator() {
        URI base = vm.baseUriProperty().get();
        return base == null ? null : new SimulatorAddress(base);
    }

    private static String notes(CurlImport.Imported imported) {
        List<String> notes = imported.notes();
        return notes.isEmpty() ? "" : ". Not carried over: " + String.join("; ", notes);
    }
}
