package dev.statuslab.ui.composer;

/**
 * AtlantaFX style classes the composer uses, as in {@code atlantafx.base.theme.Styles}. They are
 * spelled out because AtlantaFX 2.1.0 ships Java 21 class files, which a Java 17 compiler cannot
 * read; the names are the theme's CSS classes, so the look is the same.
 */
final class ComposerStyles {

    static final String ACCENT = "accent";
    static final String DANGER = "danger";
    static final String SMALL = "small";
    static final String FLAT = "flat";
    static final String BUTTON_ICON = "button-icon";
    static final String DENSE = "dense";
    static final String BORDERED = "bordered";

    private ComposerStyles() {
    }
}
