package dev.statuslab.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX's Primer themes as the base, app.css on top. */
public final class Theme {

    public static final String APP_CSS = Objects.requireNonNull(
                    Theme.class.getResource("/dev/statuslab/ui/app.css"), "app.css")
            .toExternalForm();

    private Theme() {}

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static void addAppStyles(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }
}
