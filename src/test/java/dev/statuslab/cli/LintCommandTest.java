package dev.statuslab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.core.lint.LintCases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code statuslab lint URL} against a deliberately broken server (a raw socket on port 0) that plants at
 * least one mistake per rule: the command finds each, in text and JSON, and exits 1 on an error.
 */
class LintCommandTest {

    private static final List<LintCases> PLANTED =
            LintCases.all().stream().filter(c -> c.scheme().equals("http")).toList();
    private static BrokenServer server;

    @BeforeAll
    static void start() throws Exception {
        List<byte[]> answers = new ArrayList<>();
        for (LintCases c : PLANTED) {
            answers.add(c.bad());
        }
        for (LintCases c : PLANTED) {
            answers.add(c.good());
        }
        server = new BrokenServer(answers);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    record Run(int exit, String out, String err) {}

    static Run lint(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new StatusLabCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("lint"));
        all.addAll(List.of(args));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    static List<Integer> planted() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < PLANTED.size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    private static List<String> args(LintCases c, String url) {
        List<String> args = new ArrayList<>(List.of("--json", "-X", c.method()));
        if (c.requestHeader() != null) {
            args.addAll(List.of("-H", c.requestHeader()));
        }
        args.add(url);
        return args;
    }

    private static Set<String> ids(Run run) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (JsonNode f : new ObjectMapper().readTree(run.out()).get("findings")) {
            ids.add(f.get("id").asText());
            for (String field : List.of("level", "rfc", "message", "fix")) {
                assertTrue(f.hasNonNull(field) && !f.get(field).asText().isBlank(), field + " in " + f);
            }
        }
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planted")
    void eachPlantedMistakeIsFound(int index) throws Exception {
        LintCases c = PLANTED.get(index);
        Run run = lint(args(c, server.url(index)).toArray(String[]::new));
        Set<String> ids = ids(run);
        assertTrue(ids.contains(c.rule()), c + ": " + run.out() + run.err());
        boolean error = new ObjectMapper()
                .readTree(run.out())
                .get("findings")
                .findValuesAsText("level")
                .contains("error");
        assertEquals(error ? 1 : 0, run.exit(), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planted")
    void theSameResponseWithoutTheMistakeIsNotFound(int index) throws Exception {
        LintCases c = PLANTED.get(index);
        Run run = lint(args(c, server.url(PLANTED.size() + index)).toArray(String[]::new));
        assertFalse(ids(run).contains(c.rule()), c + ": " + run.out() + run.err());
    }

    @Test
    void everyRuleIsPlantedOnTheServer() {
        Set<String> planted = new TreeSet<>();
        PLANTED.forEach(c -> planted.add(c.rule()));
        assertEquals(40, planted.size(), planted::toString);
    }

    @Test
    void theTextOutputGivesTheSectionTheLinkAndTheFixAndCounts() {
        int index = indexOf("framing.te-with-cl");
        Run run = lint(server.url(index));
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().startsWith("GET " + server.url(index) + " → HTTP/1.1 200 OK"), run.out());
        assertTrue(
                run.out().contains("  error   framing.te-with-cl: Transfer-Encoding: chunked and Content-Length: 5"),
                run.out());
        assertTrue(run.out().contains("RFC 9112 §6.1  https://www.rfc-editor.org/rfc/rfc9112#section-6.1"), run.out());
        assertTrue(run.out().contains("fix: Send one framing only"), run.out());
        assertTrue(run.out().contains("1 error, 0 warnings, 0 advice"), run.out());
    }

    @Test
    void aResponseWithOnlyAdviceExitsZero() {
        Run run = lint(server.url(indexOf("security.referrer-policy")));
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("info    security.referrer-policy"), run.out());
    }

    @Test
    void noResponseAtAllIsExitCode2WithTheReason() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run run = lint("http://127.0.0.1:" + port + "/");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("cannot connect to 127.0.0.1:" + port), run.err());
    }

    @Test
    void aHeaderOptionWithoutAColonIsExitCode2() {
        Run run = lint("-H", "nonsense", server.url(0));
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("-H \"nonsense\": a header is written 'Name: value'"), run.err());
    }

    private static int indexOf(String rule) {
        for (int i = 0; i < PLANTED.size(); i++) {
            if (PLANTED.get(i).rule().equals(rule)) {
                return i;
            }
        }
        throw new IllegalArgumentException(rule);
    }
}
