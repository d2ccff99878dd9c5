package dev.statuslab.bench;

import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HarReader;
import dev.statuslab.core.transcript.HarWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HAR export and import of 10,000 small exchanges (a real session with the simulator, repeated),
 * and the import of a 50 MB HAR holding one large body. Goal: each 10,000-exchange operation
 * under 1 s. Run with bench/transcript.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class TranscriptBench {

    static final int EXCHANGES = 10_000;
    /** 37.5 MiB of binary, base64 in the file: a HAR of 50 MiB. */
    static final long BIG_BODY = 75L * 1024 * 1024 / 2;

    private StatusCatalog catalog;
    private List<Exchange> exchanges;
    private byte[] har;
    private Path dir;
    private Path bigHar;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        catalog = StatusCatalog.load();
        exchanges = TranscriptFixtures.repeated(TranscriptFixtures.session(), EXCHANGES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HarWriter.write(exchanges, catalog, out);
        har = out.toByteArray();
        dir = Files.createTempDirectory("statuslab-bench");
        bigHar = TranscriptFixtures.statusLabHar(dir, BIG_BODY);
    }

    @TearDown(Level.Invocation)
    public void emptySpool() throws IOException {
        Path spool = dir.resolve("spool");
        if (Files.exists(spool)) {
            try (Stream<Path> files = Files.walk(spool)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        emptySpool();
        Files.deleteIfExists(bigHar);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public long exportTenThousand() throws IOException {
        CountingStream out = new CountingStream();
        HarWriter.write(exchanges, catalog, out);
        return out.count;
    }

    @Benchmark
    public int importTenThousand() throws IOException {
        return HarReader.read(new ByteArrayInputStream(har), dir.resolve("spool"))
                .size();
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 5, time = 1)
    public long importFiftyMegabytes() throws IOException {
        try (InputStream in = Files.newInputStream(bigHar)) {
            return HarReader.read(in, dir.resolve("spool"))
                    .get(0)
                    .response()
                    .body()
                    .size();
        }
    }

    /** Discards what is written, counting it. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
