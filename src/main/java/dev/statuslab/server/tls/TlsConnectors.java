package dev.statuslab.server.tls;

import dev.statuslab.server.jetty.ReasonPhraseConnectionFactory;
import java.time.Duration;
import java.util.function.IntFunction;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The simulator's connectors beyond clear HTTP/1.1, made of Jetty's own modules: TLS with ALPN
 * choosing HTTP/2 or HTTP/1.1 on a port of its own, and HTTP/2 by prior knowledge (h2c) beside
 * HTTP/1.1 on the clear port.
 */
public final class TlsConnectors {

    private TlsConnectors() {}

    /** TLS 1.2/1.3 with {@code certificate}; ALPN offers h2 and http/1.1 (the default without ALPN). */
    public static ServerConnector https(
            Server server,
            HttpConfiguration http,
            IntFunction<String> reasons,
            SimulatorCertificate certificate,
            String host,
            int port,
            Duration idle) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(certificate.keyStore());
        ssl.setKeyStorePassword(new String(SimulatorCertificate.PASSWORD));
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        ssl.setSniRequired(false);
        HttpConfiguration secure = new HttpConfiguration(http);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false); // the names are the certificate's; a LAN address still gets an answer
        secure.addCustomizer(customizer);
        ReasonPhraseConnectionFactory http1 = new ReasonPhraseConnectionFactory(secure, reasons);
        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(secure);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory("h2", "http/1.1");
        alpn.setDefaultProtocol(http1.getProtocol());
        SslConnectionFactory tls = new SslConnectionFactory(ssl, alpn.getProtocol());
        ServerConnector connector = new ServerConnector(server, tls, alpn, h2, http1);
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(idle.toMillis());
        return connector;
    }

    /** HTTP/2 by prior knowledge on the clear connector, beside its HTTP/1.1. */
    public static HTTP2CServerConnectionFactory h2c(HttpConfiguration http) {
        return new HTTP2CServerConnectionFactory(http);
    }
}
