import io.javalin.Javalin;

/**
 * The baseline of bench/server-throughput.sh: a bare Javalin 7 with default settings. GET /simple/
 * is the hello-world ("OK"), the reference of the goal. The two other routes are floors: the same
 * bytes the simulator sends for /status/404 and for the benchmark's mock /api/users/98 (status,
 * fields in order, body), written from constants, so that the run also shows what answering with
 * that much more than "OK" costs a server that does no work at all. Run from the shaded jar's
 * classpath as a single-file program:
 *   java -cp target/statuslab.jar bench/BareJavalin.java PORT
 */
public class BareJavalin {
    static final String[][] SECURITY = {
        {"X-Frame-Options", "DENY"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "same-origin"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
    };
    static final String NOT_FOUND = "404 Not Found\n\nThe server has no current representation for the target URI,"
            + " or will not say whether one exists. It may become available later.\n\nSent on purpose by"
            + " StatusLab's playground (RFC 9110, section 15.5.5).\n";

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.get("/simple/", ctx -> ctx.result("OK"));
                    config.routes.get("/status/404", ctx -> {
                        ctx.status(404).contentType("text/plain; charset=utf-8");
                        for (String[] h : SECURITY) {
                            ctx.header(h[0], h[1]);
                        }
                        ctx.header("Vary", "Origin");
                        ctx.header("Access-Control-Allow-Origin", "http://localhost:5173");
                        ctx.header(
                                "Access-Control-Expose-Headers",
                                "X-Frame-Options, X-Content-Type-Options, Referrer-Policy, Cross-Origin-Opener-Policy");
                        ctx.result(NOT_FOUND);
                    });
                    config.routes.get("/api/users/98", ctx -> {
                        ctx.contentType("application/json");
                        ctx.header("Vary", "Origin");
                        ctx.header("Access-Control-Allow-Origin", "http://localhost:5173");
                        ctx.result("{\"id\": 98}");
                    });
                })
                .start("127.0.0.1", port);
    }
}
