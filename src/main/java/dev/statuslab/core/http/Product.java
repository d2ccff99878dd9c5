package dev.statuslab.core.http;

/**
 * StatusLab as a product in HTTP's sense (RFC 9110 §10.1.5, the {@code product/version} of
 * User-Agent): its name and its version, the one in the jar's manifest or "development" when run
 * from classes. About, {@code --version} and HAR's creator read the version here too.
 */
public final class Product {

    public static final String NAME = "StatusLab";

    private Product() {}

    public static String version() {
        String v = Product.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** e.g. {@code StatusLab/1.4.0}. */
    public static String token() {
        return NAME + "/" + version();
    }
}
