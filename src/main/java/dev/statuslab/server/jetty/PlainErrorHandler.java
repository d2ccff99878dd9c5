package dev.statuslab.server.jetty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Error pages for what Jetty refuses before any view sees it (a malformed request line, a bare
 * CR, a missing Host, an oversized header section): the same small page as Django's stock
 * errors, with the parser's reason in words, UTF-8, and never a stack trace.
 */
public final class PlainErrorHandler extends ErrorHandler {

    private final IntFunction<String> reasons;

    public PlainErrorHandler(IntFunction<String> reasons) {
        this.reasons = reasons;
        setShowStacks(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        return ByteBuffer.wrap(page(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        byte[] body = page(code, message).getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(new HttpField(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8"));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private String page(int status, String reason) {
        String title = reasons.apply(status) + " (" + status + ")";
        String detail = reason == null || reason.isBlank() ? "" : escape(reason);
        return "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>" + title + "</title>\n</head>\n"
                + "<body>\n  <h1>" + title + "</h1><p>" + detail + "</p>\n</body>\n</html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
