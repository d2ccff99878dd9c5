import io.javalin.Javalin;

/**
 * The baseline of bench/server-throughput.sh: a bare Javalin 7 hello-world with default settings,
 * answering GET /simple/ with "OK". Run from the shaded jar's classpath as a single-file program:
 *   java -cp target/statuslab.jar bench/BareJavalin.java PORT
 */
public class BareJavalin {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.get("/simple/", ctx -> ctx.result("OK"));
                })
                .start("127.0.0.1", port);
    }
}
