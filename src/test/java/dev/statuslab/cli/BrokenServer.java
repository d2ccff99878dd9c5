package dev.statuslab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/**
 * A deliberately broken HTTP server on 127.0.0.1 and a free port, a raw socket: {@code /N} answers with the
 * N-th planted response, byte for byte, and closes the connection.
 */
final class BrokenServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<byte[]> answers;
    private final Thread thread;

    BrokenServer(List<byte[]> answers) throws IOException {
        this.answers = List.copyOf(answers);
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "broken-server");
        thread.setDaemon(true);
        thread.start();
    }

    String url(int index) {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/" + index;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                String target = readHead(s.getInputStream());
                int index = Integer.parseInt(target.substring(1));
                OutputStream out = s.getOutputStream();
                out.write(answers.get(index));
                out.flush();
            } catch (IOException | RuntimeException e) {
                // a closed server socket ends the loop; a bad request gets no answer
            }
        }
    }

    /** Reads the request head (this server's clients send no body) and returns its target. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        String requestLine = head.toString().split("\r\n", 2)[0];
        return requestLine.split(" ")[1];
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
