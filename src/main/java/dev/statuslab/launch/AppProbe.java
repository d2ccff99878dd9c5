package dev.statuslab.launch;

import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.ui.mainwindow.MainViewModel;
import javafx.scene.Scene;

/** A measurement that runs inside the app (the benchmarks' probe), attached right after the window shows. */
public interface AppProbe {

    /** Starts measuring; called on the JavaFX application thread. */
    void attach(Scene scene, MainViewModel vm, ScenarioCatalog scenarios);
}
