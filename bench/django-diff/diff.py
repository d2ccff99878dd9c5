#!/usr/bin/env python3
"""Sends the same requests to real Django and to the simulator and lists every difference.

usage: diff.py DJANGO_URL SIMULATOR_URL REQUESTS_FILE [--show]

Compared: the status line, every header field (name and value, in a case-insensitive multiset)
and the body, byte for byte. Ignored, because they cannot match: the Date field and the dates in
Set-Cookie, the front server's own fields (Server; Connection, which gunicorn always sends) and its
framing (gunicorn chunks a response that Django sent without Content-Length, where the simulator's
Jetty counts it: the chunks are joined and the two framing fields left out), and random CSRF
tokens (replaced by <token:LENGTH>, so their format still counts). A line of the requests file
that starts with "!" is sent to both for its effect on their state, and not compared.
A HEAD response's body is listed as DELIBERATE: Django sends one, the simulator follows RFC 9110
section 9.3.2 and sends none. Prints one block per differing request and a last line
"DIFFERENCES n of m requests (k deliberate)"; n counts only differences that are not deliberate.
"""
import re
import socket
import sys
from urllib.parse import urlsplit

IGNORED = {"date", "server", "connection"}
TOKEN = re.compile(r"(csrftoken=|name=\"csrfmiddlewaretoken\" value=\")([A-Za-z0-9]{32,64})")
COOKIE_DATE = re.compile(r"expires=[A-Za-z]{3}, \d\d [A-Za-z]{3} \d{4} \d\d:\d\d:\d\d GMT")


def bodies():
    big = "name=Ada&email=ada%40example.com&message=" + "x" * (2 * 1024 * 1024 + 700 * 1024)
    many = "&".join("f%d=1" % i for i in range(1001))
    big_json = '{"name": "Ada", "email": "ada@example.com", "message": "' + "x" * (2 * 1024 * 1024 + 700 * 1024) + '"}'
    return {"{BIG_FORM}": big, "{MANY_FIELDS}": many, "{BIG_JSON}": big_json}


def parse_line(line):
    body = None
    if " | " in line:
        line, body = line.split(" | ", 1)
        body = bodies().get(body, body)
    parts = [p.strip() for p in line.split(" ; ")]
    method, path = parts[0].split(" ", 1)
    headers = [tuple(h.split(": ", 1)) for h in parts[1:]]
    return method, path, headers, body


def send(base, method, path, headers, body):
    url = urlsplit(base)
    host = "%s:%d" % (url.hostname, url.port)
    names = {h[0].lower() for h in headers}
    lines = ["%s %s HTTP/1.1" % (method, path)]
    if "host" not in names:
        lines.append("Host: " + host)
    lines += ["%s: %s" % h for h in headers]
    data = body.encode() if body is not None else b""
    if body is not None:
        lines.append("Content-Length: %d" % len(data))
    lines.append("Connection: close")
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode() + data
    with socket.create_connection((url.hostname, url.port), timeout=20) as s:
        try:
            s.sendall(raw)
        except (BrokenPipeError, ConnectionResetError):
            pass
        chunks = []
        while True:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def dechunk(body):
    out = b""
    while body:
        size_line, _, rest = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out += rest[:size]
        body = rest[size + 2:]
    return out


def split(raw):
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = lines[0]
    fields = []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        fields.append((name.strip(), value.strip()))
    if any(n.lower() == "transfer-encoding" and v.lower() == "chunked" for n, v in fields):
        body = dechunk(body)
        fields = [(n, v) for n, v in fields if n.lower() != "transfer-encoding"]
    return status, fields, body


def normal(text):
    text = TOKEN.sub(lambda m: "%s<token:%d>" % (m.group(1), len(m.group(2))), text)
    return COOKIE_DATE.sub("expires=<date>", text)


def compare(method, django, simulator):
    """(differences, deliberate differences), each a list of lines."""
    chunked = b"transfer-encoding: chunked" in django.partition(b"\r\n\r\n")[0].lower()
    d_status, d_fields, d_body = split(django)
    s_status, s_fields, s_body = split(simulator)
    if chunked:
        s_fields = [(n, v) for n, v in s_fields if n.lower() != "content-length"]
    out, deliberate = [], []
    if method == "HEAD" and d_body and not s_body:
        deliberate.append("  DELIBERATE: Django sends a %d-byte body on HEAD, the simulator none (RFC 9110 9.3.2)"
                          % len(d_body))
        d_body = b""
    if d_status != s_status:
        out.append("  status: django %r, simulator %r" % (d_status, s_status))
    d_set = sorted((n.lower(), normal(v)) for n, v in d_fields if n.lower() not in IGNORED)
    s_set = sorted((n.lower(), normal(v)) for n, v in s_fields if n.lower() not in IGNORED)
    for f in d_set:
        if f not in s_set:
            out.append("  header only in django:    %s: %s" % f)
    for f in s_set:
        if f not in d_set:
            out.append("  header only in simulator: %s: %s" % f)
    d_text, s_text = normal(d_body.decode("utf-8", "replace")), normal(s_body.decode("utf-8", "replace"))
    if d_text != s_text:
        out.append("  body differs (django %d bytes, simulator %d bytes)" % (len(d_body), len(s_body)))
        if "--show" in sys.argv:
            out.append("    django:    %r" % d_text[:1500])
            out.append("    simulator: %r" % s_text[:1500])
    return out, deliberate


def main():
    django_url, simulator_url, requests_file = sys.argv[1:4]
    count = differing = deliberately = 0
    for line in open(requests_file, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        state_only = line.startswith("!")
        method, path, headers, body = parse_line(line.lstrip("! "))
        d = send(django_url, method, path, headers, body)
        s = send(simulator_url, method, path, headers, body)
        if state_only:
            continue
        count += 1
        problems, deliberate = compare(method, d, s)
        shown = line if len(line) < 140 else line[:140] + "…"
        if problems:
            differing += 1
            print("DIFF %s\n%s" % (shown, "\n".join(problems + deliberate)))
        elif deliberate:
            deliberately += 1
            print("SAME %s\n%s" % (shown, "\n".join(deliberate)))
    print("DIFFERENCES %d of %d requests (%d more differ only deliberately)" % (differing, count, deliberately))


if __name__ == "__main__":
    main()
