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
 * The server part of the floor (HelloFx with {@code server}): a bare Javalin answering one route,
 * on an HTTP port and an HTTPS port of Jetty's own TLS, HTTP/2 and HTTP/1.1, both on 127.0.0.1,
 * with a self-signed EC certificate made at start, as the app's simulator makes its own on a first
 * launch. Nothing of the simulator's own: no scenarios, mocks, catalogues or Jackson.
 */
final class BareServer {

    private BareServer() {}

    static Javalin start() {
        try {
            Instant now = Instant.now();
            CertificateMaker.Issued cert = CertificateMaker.server(
                    "floor", List.of("localhost", "127.0.0.1"), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), null);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("floor", cert.privateKey(), "floor".toCharArray(), new Certificate[] {cert.certificate()});
            return Javalin.create(config -> {
                        config.startup.showJavalinBanner = false;
                        config.routes.get("/", ctx -> ctx.result("OK"));
                        config.jetty.addConnector((server, http) -> {
                            SslContextFactory.Server ssl = new SslContextFactory.Server();
                            ssl.setKeyStore(store);
                            ssl.setKeyStorePassword("floor");
                            http.addCustomizer(new SecureRequestCustomizer(false));
                            HttpConnectionFactory h1 = new HttpConnectionFactory(http);
                            HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(http);
                            ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory("h2", "http/1.1");
                            alpn.setDefaultProtocol(h1.getProtocol());
                            ServerConnector tls = new ServerConnector(
                                    server, new SslConnectionFactory(ssl, alpn.getProtocol()), alpn, h2, h1);
                            tls.setHost("127.0.0.1");
                            tls.setPort(0);
                            return tls;
                        });
                    })
                    .start("127.0.0.1", 0);
        } catch (Exception e) {
            throw new IllegalStateException("the floor's server did not start", e);
        }
    }
}
