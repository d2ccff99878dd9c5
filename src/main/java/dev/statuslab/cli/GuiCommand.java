package dev.statuslab.cli;

import dev.statuslab.app.StatusLabApp;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code gui}, the default: the desktop window with its own simulator on a free loopback port. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the StatusLab window (the default).")
public final class GuiCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        StatusLabApp.launchWithPreload();
        return 0;
    }
}
