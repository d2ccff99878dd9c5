package dev.statuslab.bench;

import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HarReader;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The heap used while importing one 50 MB HAR: the peak of the heap pools during the import, the
 * heap still in use after it, and the largest -Xmx needed is the one this JVM was given.
 *
 * <p>Usage: {@code HarHeapProbe statuslab|browser-text} (a HAR as StatusLab writes it, one binary
 * body in base64; or as a browser writes it, one plain-text body in content.text).
 */
public final class HarHeapProbe {

    private HarHeapProbe() {}

    public static void main(String[] args) throws Exception {
        String kind = args.length == 0 ? "statuslab" : args[0];
        Path dir = Files.createTempDirectory("statuslab-heap");
        try {
            Path har = kind.equals("browser-text")
                    ? TranscriptFixtures.browserTextHar(dir, 50L * 1000 * 1000)
                    : TranscriptFixtures.statusLabHar(dir, TranscriptBench.BIG_BODY);
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
            System.gc();
            long before = used(heap);
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            List<Exchange> read;
            try (InputStream in = Files.newInputStream(har)) {
                read = HarReader.read(in, dir.resolve("spool"));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long after = used(heap);
            Exchange e = read.get(0);
            System.out.printf(
                    "%s: HAR %.1f MB, body %.1f MB %s, import %d ms, heap before %.1f MB, peak %.1f MB,"
                            + " after %.1f MB, max heap %.0f MB%n",
                    kind,
                    Files.size(har) / 1e6,
                    e.response().body().size() / 1e6,
                    e.response().body().inMemory() ? "in memory" : "in the spool",
                    millis,
                    before / 1e6,
                    peak / 1e6,
                    after / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
