package dev.statuslab.ui.composer;

import dev.statuslab.core.scenario.BodyKind;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A body on a GET or HEAD is sent, but most servers ignore it (issue 16, item 5): the note the
 * Body tab shows while the draft has one, and the one-click way out. The way out sets the body
 * type to none, so the text stays in the editor (not sent) and nothing typed is lost.
 */
public final class BodyOnGet {

    private final ComposerViewModel vm;
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    public BodyOnGet(ComposerViewModel vm) {
        this.vm = vm;
        for (Observable input : new Observable[] {
            vm.methodProperty(), vm.bodyKindProperty(), vm.bodyTextProperty(), vm.keptBodyProperty()
        }) {
            input.addListener(o -> update());
        }
        update();
    }

    /** "GET with a body: most servers ignore it" (or HEAD) while the draft would send one; else "". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Sends no body: the body type becomes none, the text is kept. */
    public void dontSend() {
        vm.bodyKindProperty().set(BodyKind.NONE);
    }

    private void update() {
        String method = vm.methodProperty().get();
        BodyKind kind = vm.bodyKindProperty().get();
        String text = vm.bodyTextProperty().get();
        boolean hasBody = vm.keptBodyProperty().get() != null || text != null && !text.isEmpty();
        boolean bodiless = "GET".equals(method) || "HEAD".equals(method);
        note.set(
                bodiless && kind != null && kind != BodyKind.NONE && hasBody
                        ? method + " with a body: most servers ignore it"
                        : "");
    }
}
