package dev.statuslab.cli;

import dev.statuslab.core.django.DjangoVersion;
import picocli.CommandLine.Option;

/** {@code --django VERSION}: the Django release line the simulated site answers as (serve, tour). */
final class DjangoOption {

    @Option(
            names = "--django",
            paramLabel = "VERSION",
            defaultValue = "5.2",
            converter = DjangoVersionConverter.class,
            description = DjangoVersionConverter.DESCRIPTION)
    DjangoVersion version = DjangoVersion.DEFAULT;
}
