#!/usr/bin/env python3
"""Clear-text to TLS relay for the conformance lint, which speaks plain http:// only.

    python3 .ci/tls-relay.py LISTEN_PORT TLS_PORT

Accepts plain TCP on 127.0.0.1:LISTEN_PORT and carries every byte, unchanged, over TLS (ALPN
http/1.1) to 127.0.0.1:TLS_PORT, so the lint judges exactly what `serve --https` sends. The
certificate is not verified: loopback only, the simulator's own self-signed one.
"""
import socket
import ssl
import sys
import threading


def pump(src, dst, close_both):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    if close_both:
        for s in (dst, src):
            try:
                # shutdown, not only close: another thread is blocked reading this socket, and a
                # close alone would not send the FIN until that read returns
                s.shutdown(socket.SHUT_RDWR)
            except (OSError, ValueError):
                pass
            try:
                s.close()
            except OSError:
                pass


def serve(listen_port, tls_port):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_alpn_protocols(["http/1.1"])
    server = socket.create_server(("127.0.0.1", listen_port))
    while True:
        client, _ = server.accept()
        try:
            upstream = ctx.wrap_socket(socket.create_connection(("127.0.0.1", tls_port), timeout=30),
                                       server_hostname="localhost")
            upstream.settimeout(None)
        except OSError:
            client.close()
            continue
        threading.Thread(target=pump, args=(client, upstream, False), daemon=True).start()
        threading.Thread(target=pump, args=(upstream, client, True), daemon=True).start()


if __name__ == "__main__":
    serve(int(sys.argv[1]), int(sys.argv[2]))
