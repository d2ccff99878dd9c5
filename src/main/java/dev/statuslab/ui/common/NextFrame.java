package dev.statuslab.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Work for after a scene's next frame: {@code then} runs on the FX thread once the next pulse has
 * laid the scene out (and so handed its frame to the renderer), not inside that pulse. The splash
 * builds the window after its own frame; the app starts the simulator and reads the saved files
 * after the window's first frame, so they do not compete with it for the two cores.
 */
public final class NextFrame {

    private NextFrame() {}

    /** Runs {@code then} after the next frame of {@code scene}; call on the FX thread. */
    public static void then(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
