package dev.statuslab.ui.response;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

/** Read-only RichTextFX code areas fed with text whose colouring was computed in the background. */
final class CodeAreas {

    private CodeAreas() {}

    static CodeArea readOnly(String id) {
        CodeArea area = new CodeArea();
        area.setId(id);
        area.setEditable(false);
        // A viewer needs no undo history, which would otherwise keep every body ever shown.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        // RichTextFX paints the area white; app.css's .code-area rule follows the theme instead.
        return area;
    }

    /** Replaces the text and applies the precomputed runs: only cheap work on the FX thread. */
    static void show(CodeArea area, StyledText styled) {
        area.replaceText(styled.text());
        if (!styled.runs().isEmpty()) {
            StyleSpansBuilder<Collection<String>> spans =
                    new StyleSpansBuilder<>(styled.runs().size());
            for (StyledText.Run run : styled.runs()) {
                spans.add(run.styleClass() == null ? Collections.emptyList() : List.of(run.styleClass()), run.length());
            }
            area.setStyleSpans(0, spans.create());
        }
        area.moveTo(0);
        area.requestFollowCaret();
    }
}
