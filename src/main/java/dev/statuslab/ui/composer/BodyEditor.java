package dev.statuslab.ui.composer;

import dev.statuslab.core.http.Body;
import dev.statuslab.ui.common.Limits;
import dev.statuslab.ui.common.Styles;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;

/**
 * The composer's body editor. A paste that would make the text larger than {@link
 * Limits#EDITOR_CAP} does not go into the editor, where a long single line is laid out for
 * seconds (issue 16, item 6): the whole text is kept as a body, sent as it is, and the kept-body
 * pane shows its size and its start in place of the editor.
 */
final class BodyEditor extends TextArea {

    private final ComposerViewModel vm;

    BodyEditor(ComposerViewModel vm) {
        this.vm = vm;
        setId("composer-body");
        getStyleClass().add(Styles.MONO);
        setPromptText("The request body, sent as UTF-8");
        textProperty().bindBidirectional(vm.bodyTextProperty());
    }

    /** Ctrl+V and the context menu's Paste both come here. */
    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String pasted = clipboard.hasString() ? clipboard.getString() : null;
        String text = getText() == null ? "" : getText();
        if (pasted == null || text.length() - getSelection().getLength() + pasted.length() <= Limits.EDITOR_CAP) {
            super.paste();
            return;
        }
        String whole = text.substring(0, getSelection().getStart())
                + pasted
                + text.substring(getSelection().getEnd());
        vm.keepBody(Body.of(whole));
    }
}
