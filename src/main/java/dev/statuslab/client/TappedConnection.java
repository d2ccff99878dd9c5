package dev.statuslab.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.MonitoringResponseOutOfOrderStrategy;
import org.apache.hc.core5.http.impl.io.SocketHolder;

/**
 * HttpCore's classic client connection on a socket we opened, with its streams passed through
 * head recorders so the heads are kept byte for byte as they crossed the wire. No interceptors:
 * the request goes out exactly as built. An early response (say a 413 while the body is still
 * being sent) stops the upload so it can be read.
 */
final class TappedConnection extends DefaultBHttpClientConnection {

    static final Http1Config CONFIG = Http1Config.custom()
            .setMaxLineLength(64 * 1024)
            .setMaxHeaderCount(1000)
            .build();

    TappedConnection() {
        super(CONFIG, null, null, null, null, MonitoringResponseOutOfOrderStrategy.INSTANCE, null, null);
    }

    void bind(Socket socket, HeadRecorder sent, HeadRecorder received) throws IOException {
        bind(new SocketHolder(socket) {
            @Override
            protected InputStream getInputStream(Socket s) throws IOException {
                return received.tap(super.getInputStream(s));
            }

            @Override
            protected OutputStream getOutputStream(Socket s) throws IOException {
                return sent.tap(super.getOutputStream(s));
            }
        });
    }
}
