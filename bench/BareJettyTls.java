import dev.statuslab.server.tls.CertificateMaker;
import io.javalin.Javalin;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The TLS baseline of bench/server-throughput.sh: a bare Javalin 7 hello-world (GET /simple/ -> "OK")
 * on a plain Jetty TLS connector (TLS 1.2/1.3, ALPN h2 and http/1.1, Jetty's stock factories), with
 * a self-signed EC certificate made at start. Run from the shaded jar's classpath:
 *   java -cp target/statuslab.jar bench/BareJettyTls.java PORT
 */
public class BareJettyTls {
    public static void main(String[] args) throws Exception {
        start("/simple/", Integer.parseInt(args[0]));
    }

    /**
     * Starts the bare server: GET {@code path} answers "OK" on an HTTP port chosen by the system and
     * on the TLS port {@code tlsPort} (0: chosen too), both on 127.0.0.1. The desktop floor
     * (bench/floor/HelloFx.java with {@code server}) starts it beside the bare window.
     */
    static Javalin start(String path, int tlsPort) throws Exception {
        Instant now = Instant.now();
        CertificateMaker.Issued cert = CertificateMaker.server(
                "bare",
                List.of("localhost", "127.0.0.1"),
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(1)),
                null);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("bare", cert.privateKey(), "bare".toCharArray(), new Certificate[] {cert.certificate()});
        return Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.routes.get(path, ctx -> ctx.result("OK"));
                    config.jetty.addConnector((server, http) -> {
                        SslContextFactory.Server ssl = new SslContextFactory.Server();
                        ssl.setKeyStore(store);
                        ssl.setKeyStorePassword("bare");
                        http.addCustomizer(new SecureRequestCustomizer(false));
                        HttpConnectionFactory h1 = new HttpConnectionFactory(http);
                        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(http);
                        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory("h2", "http/1.1");
                        alpn.setDefaultProtocol(h1.getProtocol());
                        ServerConnector tls = new ServerConnector(
                                server, new SslConnectionFactory(ssl, alpn.getProtocol()), alpn, h2, h1);
                        tls.setHost("127.0.0.1");
                        tls.setPort(tlsPort);
                        return tls;
                    });
                })
                .start("127.0.0.1", 0);
    }
}
