package dev.statuslab;

import dev.statuslab.app.StatusLabApp;
import dev.statuslab.cli.StatusLabCommand;
import dev.statuslab.launch.Preload;

/**
 * The entry point of the runnable jar. It does not extend {@code javafx.application.Application},
 * so the shaded jar starts on a plain JDK without JavaFX modules on the module path.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && args[0].equals("gui")) {
            // The window, the default: no command line to parse.
            Preload.start(); // before StatusLabApp's class initialises logging
            StatusLabApp.launchWithPreload();
            System.exit(0);
        }
        System.exit(StatusLabCommand.run(args));
    }
}
