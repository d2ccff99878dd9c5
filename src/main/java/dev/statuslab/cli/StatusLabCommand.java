package dev.statuslab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code statuslab [serve|tour|send|lint|cert|gui]}: the command line of the jar and the packaged app. */
@Command(
        name = "statuslab",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "A desktop lab for HTTP status codes, with a Django-faithful simulator server.",
        subcommands = {
            GuiCommand.class,
            ServeCommand.class,
            TourCommand.class,
            SendCommand.class,
            LintCommand.class,
            CertCommand.class
        })
public final class StatusLabCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return new GuiCommand().call();
    }

    /** Parses and runs; returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new StatusLabCommand()).execute(args);
    }
}
