package dev.statuslab.launch;

import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.ui.mainwindow.MainViewModel;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmarks' way in. The probe itself ({@code dev.statuslab.bench.BenchProbe}) lives in the
 * bench sources, not in the app: when the system property {@value #OUT} names a file, this hook
 * loads the probe from the class path, or from the folders and jars that {@value #PATH} lists
 * (the packaged app's class path is fixed), and attaches it. Without the property it does nothing.
 */
public final class ProbeHook {

    private static final Logger LOG = LoggerFactory.getLogger(ProbeHook.class);
    /** Where the probe writes its measurements; its presence asks for the probe. */
    public static final String OUT = "statuslab.bench.out";
    /** Extra class path for the probe, separated as the platform separates class paths. */
    public static final String PATH = "statuslab.probe.path";

    private static final String PROBE_CLASS = "dev.statuslab.bench.BenchProbe";

    private ProbeHook() {}

    /** Attaches the benchmarks' probe when one is asked for; call right after the stage is shown. */
    public static void attachIfRequested(Scene scene, MainViewModel vm, ScenarioCatalog scenarios) {
        if (System.getProperty(OUT) == null) {
            return;
        }
        try {
            ClassLoader loader = loader(System.getProperty(PATH, ""));
            AppProbe probe = Class.forName(PROBE_CLASS, true, loader)
                    .asSubclass(AppProbe.class)
                    .getDeclaredConstructor()
                    .newInstance();
            probe.attach(scene, vm, scenarios);
        } catch (ReflectiveOperationException | MalformedURLException | RuntimeException e) {
            LOG.error("The benchmark probe could not start (build it with bench/build-probe.sh): {}", e.toString());
        }
    }

    private static ClassLoader loader(String path) throws MalformedURLException {
        ClassLoader app = ProbeHook.class.getClassLoader();
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.isEmpty() ? app : new URLClassLoader(urls.toArray(URL[]::new), app);
    }
}
