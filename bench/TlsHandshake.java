import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.http.SendOptions;
import dev.statuslab.core.transcript.Exchange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The client's added time for a TLS handshake, against the simulator: sends GET /simple/ N times
 * over http:// and N times over https:// (HTTP/1.1, then HTTP/2), one new connection each, after a
 * warm-up of N of each; prints the median of the ssl phase and the median difference of the totals.
 *   java -cp target/statuslab.jar bench/TlsHandshake.java HTTP_PORT HTTPS_PORT [N]
 * (the certificate is accepted with the insecure switch: the check itself is timed in the ssl phase
 * all the same, and trusting by fingerprint costs one hash.)
 */
public class TlsHandshake {
    public static void main(String[] args) throws Exception {
        String http = "http://127.0.0.1:" + args[0] + "/simple/";
        String https = "https://127.0.0.1:" + args[1] + "/simple/";
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        try (WireClient client = new WireClient(WireClient.Options.defaults())) {
            SendOptions h1 = new SendOptions(SendOptions.Version.HTTP_1_1, true);
            SendOptions h2 = new SendOptions(SendOptions.Version.AUTO, true);
            run(client, http, https, h1, n); // warm-up
            run(client, http, https, h2, n);
            report("HTTP/1.1", run(client, http, https, h1, n));
            report("HTTP/2", run(client, http, https, h2, n));
        }
    }

    private static List<double[]> run(WireClient client, String http, String https, SendOptions tls, int n)
            throws Exception {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Exchange clear =
                    client.send(HttpRequest.get(http), SendOptions.defaults()).get(10, TimeUnit.SECONDS);
            Exchange secure = client.send(HttpRequest.get(https), tls).get(10, TimeUnit.SECONDS);
            if (clear.failed() || secure.failed()) {
                throw new IllegalStateException(clear.failure() + " / " + secure.failure());
            }
            out.add(new double[] {
                secure.timings().ssl(),
                secure.timings().total() - clear.timings().total()
            });
        }
        return out;
    }

    private static void report(String version, List<double[]> rows) {
        List<Double> ssl = new ArrayList<>();
        List<Double> added = new ArrayList<>();
        for (double[] r : rows) {
            ssl.add(r[0]);
            added.add(r[1]);
        }
        System.out.printf(
                "%s over TLS, %d exchanges: ssl phase median %.2f ms (p90 %.2f), added total median %.2f ms%n",
                version, rows.size(), median(ssl, 0.5), median(ssl, 0.9), median(added, 0.5));
    }

    private static double median(List<Double> values, double q) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }
}
