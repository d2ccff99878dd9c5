package dev.statuslab;

import dev.statuslab.cli.StatusLabCommand;

/**
 * The entry point of the runnable jar. It does not extend {@code javafx.application.Application},
 * so the shaded jar starts on a plain JDK without JavaFX modules on the module path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(StatusLabCommand.run(args));
    }
}
