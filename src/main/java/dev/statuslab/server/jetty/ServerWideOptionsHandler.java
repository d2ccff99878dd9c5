package dev.statuslab.server.jetty;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code OPTIONS *}, a question about the server as a whole (RFC 9110 9.3.7), with the
 * methods it implements; every other request goes on to the application.
 */
public final class ServerWideOptionsHandler extends Handler.Wrapper {

    public static final String SERVER_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if ("OPTIONS".equals(request.getMethod())
                && "*".equals(request.getHttpURI().getPath())) {
            response.setStatus(200);
            response.getHeaders().put("Allow", SERVER_METHODS);
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
            response.write(true, ByteBuffer.allocate(0), callback);
            return true;
        }
        return super.handle(request, response, callback);
    }
}
