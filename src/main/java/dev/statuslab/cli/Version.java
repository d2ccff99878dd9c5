package dev.statuslab.cli;

import dev.statuslab.core.http.Product;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
public final class Version implements IVersionProvider {

    public static String current() {
        return Product.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"StatusLab " + current()};
    }
}
