package dev.statuslab.ui.response;

import dev.statuslab.core.http.Header;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Copying the response headers chosen in the Headers tab, as "Name: value" lines or values only:
 * registered commands, so the Response menu has them as well as the table's context menu.
 */
final class HeaderCopy {

    private final ObservableList<Header> chosen = FXCollections.observableArrayList();

    HeaderCopy(ActionRegistry actions) {
        var any = Bindings.isNotEmpty(chosen);
        actions.register(ActionId.COPY_HEADERS, any, () -> copy(false));
        actions.register(ActionId.COPY_HEADER_VALUES, any, () -> copy(true));
    }

    /** The rows chosen in the table, which the table keeps up to date. */
    ObservableList<Header> chosen() {
        return chosen;
    }

    void copy(boolean valuesOnly) {
        List<Header> rows = List.copyOf(chosen);
        if (rows.isEmpty()) {
            return;
        }
        String text = rows.stream()
                .map(h -> valuesOnly ? h.value() : h.name() + ": " + h.value())
                .collect(Collectors.joining("\n"));
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
