package dev.statuslab.ui.common;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the app remembers between launches: theme, window geometry, divider positions, port, Django version, proxy. */
public final class AppPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);

    /** The remembered window bounds. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences, under dev/statuslab. */
    public static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("dev/statuslab"));
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    /** The port the simulator should try first (8765 unless chosen); 0 means any free port. */
    public int serverPort() {
        return node.getInt("server.port", 8765);
    }

    public void setServerPort(int port) {
        node.putInt("server.port", port);
    }

    /** The Django release line the simulator answers as ("5.2"), or "" for the default. */
    public String djangoVersion() {
        return node.get("server.django", "");
    }

    public void setDjangoVersion(String number) {
        node.put("server.django", number);
    }

    /** Simulator → Proxy to a backend…: the backend's URL as last typed, or "". */
    public String proxyUrl() {
        return node.get("proxy.url", "");
    }

    /** Whether the simulator proxied to {@link #proxyUrl()} when the app last closed. */
    public boolean proxyOn() {
        return node.getBoolean("proxy.on", false);
    }

    /** Whether the backend's answers are recorded, and into which mock set ("" for the default name). */
    public boolean proxyRecord() {
        return node.getBoolean("proxy.record", true);
    }

    public String proxyRecordInto() {
        return node.get("proxy.recordInto", "");
    }

    public void setProxyOn(boolean on) {
        node.putBoolean("proxy.on", on);
    }

    public void setProxyUrl(String url) {
        node.put("proxy.url", url);
    }

    public void setProxyRecord(boolean record) {
        node.putBoolean("proxy.record", record);
    }

    public void setProxyRecordInto(String name) {
        node.put("proxy.recordInto", name);
    }

    /** Whether the simulator also serves HTTPS (Simulator → Serve HTTPS); on unless switched off. */
    public boolean simulatorHttps() {
        return node.getBoolean("server.https", true);
    }

    public void setSimulatorHttps(boolean on) {
        node.putBoolean("server.https", on);
    }

    /** The port the simulator's HTTPS tries first: the last one it had, so that trust per host and port lasts. */
    public int simulatorHttpsPort() {
        return node.getInt("server.https.port", 8766);
    }

    public void setSimulatorHttpsPort(int port) {
        node.putInt("server.https.port", port);
    }

    /** The environment picked when the app last closed (issue 10), or "" for none. */
    public String environment() {
        return node.get("workbench.environment", "");
    }

    public void setEnvironment(String name) {
        node.put("workbench.environment", name);
    }

    public WindowBounds windowBounds() {
        return new WindowBounds(
                node.getDouble("window.x", Double.NaN),
                node.getDouble("window.y", Double.NaN),
                node.getDouble("window.width", 1360),
                node.getDouble("window.height", 860),
                node.getBoolean("window.maximized", false));
    }

    public void setWindowBounds(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
    }

    public double[] dividers(String split, double... defaults) {
        double[] out = defaults.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = node.getDouble("split." + split + "." + i, defaults[i]);
        }
        return out;
    }

    public void setDividers(String split, double[] positions) {
        for (int i = 0; i < positions.length; i++) {
            node.putDouble("split." + split + "." + i, positions[i]);
        }
    }

    /** Whether a side pane ("catalogue", "explanation") is shown; {@code shown} until the user hides it. */
    public boolean paneShown(String pane, boolean shown) {
        return node.getBoolean("pane." + pane + ".shown", shown);
    }

    public void setPaneShown(String pane, boolean shown) {
        node.putBoolean("pane." + pane + ".shown", shown);
    }

    /** Writes through to the backing store; a failure is logged, never thrown at the user. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.warn("Could not save preferences: {}", e.getMessage());
        }
    }
}
