#!/usr/bin/env python3
"""Clear-text to TLS relay for the conformance lint, which speaks plain http:// only.

    python3 .ci/tls-relay.py LISTEN_PORT TLS_PORT

Accepts plain TCP on 127.0.0.1:LISTEN_PORT and carries every byte, unchanged, over TLS (ALPN
http/1.1) to 127.0.0.1:TLS_PORT, so the lint judges exactly what `serve --https` sends. The
certificate is not verified: loopback only, the simulator's own self-signed one.
"""
import select
import socket
import ssl
import sys
import threading


def relay(client, upstream):
    """Both directions on one thread: an SSL socket must not be read and written at once from two
    threads. A client's half-close is passed on; the connection ends when the server closes."""
    sockets = [client, upstream]
    try:
        while True:
            ready = [upstream] if upstream.pending() else select.select(sockets, [], [], 120)[0]
            if not ready:
                return  # idle for two minutes: the lint has long given up
            for s in ready:
                data = s.recv(65536)
                if s is upstream:
                    if not data:
                        return
                    client.sendall(data)
                elif data:
                    upstream.sendall(data)
                else:
                    sockets = [upstream]  # the client sent all it will; keep reading the answer
    except OSError:
        pass
    finally:
        for s in (client, upstream):
            try:
                # shutdown, not only close, so the peer sees the end at once
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
    # TLS 1.2: no post-handshake messages (TLS 1.3's session tickets) between the application data
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
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
        threading.Thread(target=relay, args=(client, upstream), daemon=True).start()


if __name__ == "__main__":
    serve(int(sys.argv[1]), int(sys.argv[2]))
