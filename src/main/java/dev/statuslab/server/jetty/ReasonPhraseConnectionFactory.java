package dev.statuslab.server.jetty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpGenerator;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * HTTP/1.1 connections that write the reason phrase we choose. Jetty 12 has no API for a
 * custom reason and knows some codes by older or no names ("500 Server Error", "299 299"). A
 * response may carry its phrase in the private field {@link #REASON_FIELD}, which is removed
 * before the head is written; otherwise the phrase comes from the registry function.
 */
public final class ReasonPhraseConnectionFactory extends HttpConnectionFactory {

    /** The private field that carries a response's reason phrase to the generator. */
    public static final String REASON_FIELD = "X-StatusLab-Reason-Phrase";

    private final IntFunction<String> registry;

    /**
     * @param registry the phrase for a code; called for every response head, so it must be cheap
     *                 (the server passes a lookup in a precomputed table)
     */
    public ReasonPhraseConnectionFactory(HttpConfiguration config, IntFunction<String> registry) {
        super(config);
        this.registry = registry;
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        IntFunction<String> phrases = registry;
        HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint) {
            @Override
            protected HttpGenerator newHttpGenerator() {
                return new Generator(phrases);
            }
        };
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    private static final class Generator extends HttpGenerator {
        private final IntFunction<String> registry;

        Generator(IntFunction<String> registry) {
            this.registry = registry;
        }

        @Override
        public Result generateResponse(
                MetaData.Response info,
                boolean head,
                ByteBuffer header,
                ByteBuffer chunk,
                ByteBuffer content,
                boolean last)
                throws IOException {
            return super.generateResponse(info == null ? null : withReason(info), head, header, chunk, content, last);
        }

        private MetaData.Response withReason(MetaData.Response info) {
            HttpFields fields = info.getHttpFields();
            String chosen = fields == null ? null : fields.get(REASON_FIELD);
            if (chosen != null) {
                fields = HttpFields.build(fields).remove(REASON_FIELD).asImmutable();
            } else if (info.getReason() != null) {
                return info;
            } else {
                chosen = registry.apply(info.getStatus());
                if (chosen.equals(HttpStatus.getMessage(info.getStatus()))) {
                    return info; // Jetty's own table already says it: nothing to rebuild
                }
            }
            return new MetaData.Response(
                    info.getStatus(),
                    sanitize(chosen),
                    info.getHttpVersion(),
                    fields,
                    info.getContentLength(),
                    info.getTrailersSupplier());
        }

        private static String sanitize(String reason) {
            if (reason == null) {
                return null;
            }
            StringBuilder out = new StringBuilder(reason.length());
            for (int i = 0; i < reason.length(); i++) {
                char c = reason.charAt(i);
                out.append(c < ' ' && c != '\t' || c == 0x7f || c > 0xff ? ' ' : c);
            }
            return out.toString();
        }
    }
}
