package dev.statuslab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@link BenchProbe} measured, written as the JSON file the bench scripts read. */
final class BenchReport {

    private static final Logger LOG = LoggerFactory.getLogger(BenchReport.class);

    final List<Double> sendToPaintedMs = new ArrayList<>();
    final List<Double> sendToArrivedMs = new ArrayList<>();
    final List<Double> sendToDecodedMs = new ArrayList<>();
    double windowShownMs;
    double idleRssMb;
    int historyAtIdle = -1;
    double rssAfterExchangesMb = -1;
    final List<Double> frameGapsMs = new ArrayList<>();
    double importMs = -1;
    double worstGapEndedAtMs = -1;
    volatile double runLaterMaxMs;
    double worstGapWhileReadingMs;
    String importOutcome;

    void write(Path out, boolean exchangesRun, int historySize) {
        StringBuilder json = new StringBuilder("{\n");
        json.append(String.format(Locale.ROOT, "  \"windowShownMs\": %.1f,%n", windowShownMs));
        json.append(String.format(Locale.ROOT, "  \"idleRssMb\": %.1f,%n", idleRssMb));
        json.append(String.format(Locale.ROOT, "  \"historyAtIdle\": %d,%n", historyAtIdle));
        if (exchangesRun) {
            json.append(String.format(Locale.ROOT, "  \"exchanges\": %d,%n", sendToPaintedMs.size()));
            json.append(String.format(Locale.ROOT, "  \"historySize\": %d,%n", historySize));
            json.append(String.format(Locale.ROOT, "  \"rssAfterExchangesMb\": %.1f,%n", rssAfterExchangesMb));
            json.append(String.format(Locale.ROOT, "  \"rssAfterExchangesIdleMb\": %.1f,%n", rssMb()));
            Runtime rt = Runtime.getRuntime();
            json.append(String.format(
                    Locale.ROOT, "  \"heapUsedMb\": %.1f,%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0));
        }
        if (importMs >= 0) {
            List<Double> gaps = new ArrayList<>(frameGapsMs);
            gaps.sort(null);
            json.append(String.format(Locale.ROOT, "  \"importMs\": %.1f,%n", importMs));
            json.append(String.format(
                    Locale.ROOT,
                    "  \"importOutcome\": \"%s\",%n",
                    importOutcome.replace("\\", "\\\\").replace("\"", "\\\"")));
            json.append(String.format(Locale.ROOT, "  \"frames\": %d,%n", gaps.size()));
            json.append(String.format(Locale.ROOT, "  \"medianFrameGapMs\": %.1f,%n", median(gaps)));
            json.append(String.format(
                    Locale.ROOT, "  \"maxFrameGapMs\": %.1f,%n", gaps.isEmpty() ? -1 : gaps.get(gaps.size() - 1)));
            json.append(String.format(Locale.ROOT, "  \"worstGapEndedAtMs\": %.1f,%n", worstGapEndedAtMs));
            json.append(String.format(Locale.ROOT, "  \"worstRunLaterDelayMs\": %.1f,%n", runLaterMaxMs));
            json.append(String.format(Locale.ROOT, "  \"worstGapWhileReadingMs\": %.1f,%n", worstGapWhileReadingMs));
            json.append(String.format(Locale.ROOT, "  \"rssAfterImportMb\": %.1f,%n", rssMb()));
        }
        json.append(String.format(Locale.ROOT, "  \"medianSendToArrivedMs\": %.2f,%n", median(sendToArrivedMs)));
        json.append(String.format(Locale.ROOT, "  \"medianSendToDecodedMs\": %.2f,%n", median(sendToDecodedMs)));
        json.append("  \"sendToPaintedMs\": [");
        for (int i = 0; i < sendToPaintedMs.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", sendToPaintedMs.get(i)));
        }
        json.append("]\n}\n");
        try {
            Files.writeString(out, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("Cannot write bench results to {}: {}", out, e.getMessage());
        }
    }

    static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return -1;
        }
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** This process's resident memory. */
    static double rssMb() {
        return rssMb("self");
    }

    private static double rssMb(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
