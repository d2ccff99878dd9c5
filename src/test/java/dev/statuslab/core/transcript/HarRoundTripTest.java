package dev.statuslab.core.transcript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, then import: the same exchanges, field for field. */
class HarRoundTripTest {

    @TempDir
    Path temp;

    private List<Exchange> roundTrip(List<Exchange> exchanges) throws Exception {
        return HarFiles.read(HarFiles.export(exchanges), temp.resolve("spool"));
    }

    private static List<Exchange> comparable(List<Exchange> exchanges) {
        return exchanges.stream().map(HarFiles::comparable).toList();
    }

    @Test
    void everyHandBuiltKindComesBackEqual() throws Exception {
        List<Exchange> exchanges = new ArrayList<>(Samples.all());
        exchanges.add(Samples.fileBacked(temp, 3 * 1024 * 1024 + 1));

        List<Exchange> back = roundTrip(exchanges);

        assertEquals(comparable(exchanges), comparable(back));
        assertFalse(back.get(back.size() - 1).response().body().inMemory(), "a large body is spooled again");
    }

    @Test
    void theDjangoVersionThatAnsweredSurvivesTheRoundTrip() throws Exception {
        List<Exchange> exchanges = List.of(
                Samples.all().get(0).answeredByDjango("4.2"), Samples.all().get(0));

        List<Exchange> back = roundTrip(exchanges);

        assertEquals(Optional.of("4.2"), back.get(0).djangoIfAny());
        assertEquals(Optional.empty(), back.get(1).djangoIfAny());
    }

    @Test
    void startedAtKeepsTheMillisecondAndTimingsKeepEveryDigit() throws Exception {
        Exchange precise = new Exchange(
                "ex-precise",
                Instant.parse("2024-05-01T09:15:30.123456789Z"),
                Samples.get200().request(),
                Samples.get200().response(),
                null,
                "",
                "",
                new Timings(0.1 + 0.2, -1, 1.0 / 3, -1, 1e-9, 12345.678901234, 0));

        Exchange back = roundTrip(List.of(precise)).get(0);

        assertEquals(Instant.parse("2024-05-01T09:15:30.123Z"), back.startedAt());
        assertEquals(precise.timings(), back.timings());
    }

    @Test
    void hostlessHeadsStayEmptyAndOddBytesSurvive() throws Exception {
        byte[] everyByte = new byte[256];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = (byte) i;
        }
        Exchange odd = new Exchange(
                "ex-odd",
                Samples.STARTED,
                Samples.request(
                        "PATCH", "/x?a=%zz&b=\u00e9", Headers.of("X-Empty", "", "x-lower", "v"), Body.of(everyByte)),
                Samples.response(
                        500, "", Headers.of("Content-Type", "text/plain; charset=bogus-charset"), Body.of("\u0000nul")),
                null,
                "",
                "",
                Samples.TIMINGS);

        Exchange back = roundTrip(List.of(odd)).get(0);

        assertEquals(HarFiles.comparable(odd), HarFiles.comparable(back));
        assertArrayEquals(everyByte, back.request().body().bytes());
    }

    @Test
    void exportingAnImportGivesTheSameFile() throws Exception {
        byte[] first = HarFiles.export(Samples.all());
        byte[] second = HarFiles.export(HarFiles.read(first, temp));

        assertArrayEquals(first, second);
    }

    @Test
    void aBrowserHarImportedAndExportedAgainIsValidAndConsistent() throws Exception {
        List<Exchange> chrome;
        try (InputStream in = HarRoundTripTest.class.getResourceAsStream("chrome-devtools.har")) {
            chrome = HarReader.read(in, temp);
        }
        List<Exchange> firefox;
        try (InputStream in = HarRoundTripTest.class.getResourceAsStream("firefox.har")) {
            firefox = HarReader.read(in, temp);
        }
        List<Exchange> both = new ArrayList<>(chrome);
        both.addAll(firefox);

        JsonNode har = HarFiles.tree(HarFiles.export(both));

        assertEquals(List.of(), HarSchema.problems(har));
        assertEquals(List.of(), HarConsistency.problems(har, both));
        assertEquals(comparable(both), comparable(roundTrip(both)));
    }
}
