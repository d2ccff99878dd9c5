package dev.statuslab.core.http;

import java.util.List;

/**
 * The fields the client sends on its own unless the request has them or the user switched them
 * off: {@code User-Agent: StatusLab/<version>} and {@code Accept: *}{@code /*}, as curl does.
 */
public final class ClientDefaults {

    private ClientDefaults() {}

    /** The version in the jar's manifest, or "development" when run from classes. */
    public static String version() {
        return Product.version();
    }

    public static String userAgent() {
        return Product.token();
    }

    /** The names of the fields the client adds on its own and the user can switch off. */
    public static final List<String> SWITCHABLE = List.of("User-Agent", "Accept");

    /** The default fields in the order they are written, after Host. */
    public static List<Header> fields() {
        return List.of(new Header("User-Agent", userAgent()), new Header("Accept", "*/*"));
    }
}
