#!/usr/bin/env python3
"""A tiny SIP UAS for the sip-options script test (loopback only).

usage: uas.py PORT STATUS [PHRASE] [--log FILE] [--drop N] [--count N] [--digest USER:PASS]
Listens on 127.0.0.1:PORT over UDP and TCP; answers each request with STATUS (fixed
headers, a fixed To tag, so the answer is deterministic); ignores ACK. --drop N ignores the
first N requests (to see retransmissions); --log appends every request received; exits after
--count answered requests (default 1) or after 30 s. --digest USER:PASS first challenges a
request without credentials (401, Digest, realm "test", a fixed nonce), then answers STATUS
to credentials whose MD5 response is right and 403 to wrong ones.
"""
import selectors, socket, sys, time

args = sys.argv[1:]
opts = {"--log": None, "--drop": "0", "--count": "1", "--digest": None}
pos = []
i = 0
while i < len(args):
    if args[i] in opts:
        opts[args[i]] = args[i + 1]
        i += 2
    else:
        pos.append(args[i])
        i += 1
port, status = int(pos[0]), int(pos[1])
phrase = pos[2] if len(pos) > 2 else {200: "OK", 404: "Not Found", 486: "Busy Here"}.get(status, "Whatever")
drop, count = int(opts["--drop"]), int(opts["--count"])

import hashlib

def md5(s):
    return hashlib.md5(s.encode()).hexdigest()

def digest_status(lines):
    """(status, phrase, extra header) under --digest."""
    user, password = opts["--digest"].split(":", 1)
    auth = [l for l in lines[1:] if l.lower().startswith("authorization:")]
    if not auth:
        return 401, "Unauthorized", 'WWW-Authenticate: Digest realm="test", nonce="5ee6b3f0", algorithm=MD5'
    params = {}
    for part in auth[0].split(":", 1)[1].strip()[len("Digest"):].split(","):
        if "=" in part:
            k, v = part.split("=", 1)
            params[k.strip()] = v.strip().strip('"')
    method, uri = lines[0].split(" ")[0], params.get("uri", "")
    want = md5("%s:%s:%s" % (md5("%s:test:%s" % (user, password)), params.get("nonce", ""), md5("%s:%s" % (method, uri))))
    if params.get("username") == user and params.get("response") == want:
        return status, phrase, None
    return 403, "Forbidden", None

def answer(req):
    head = req.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
    lines = head.split("\r\n")
    if lines[0].startswith("ACK "):
        return None
    st, ph, extra = (status, phrase, None) if not opts["--digest"] else digest_status(lines)
    out = ["SIP/2.0 %d %s" % (st, ph)]
    for l in lines[1:]:
        name = l.split(":", 1)[0].strip().lower()
        if name in ("via", "v", "from", "f", "call-id", "i", "cseq"):
            out.append(l)
        elif name in ("to", "t"):
            out.append(l if ";tag=" in l else l + ";tag=uas-tag-1")
    if extra:
        out.append(extra)
    out += ["Allow: INVITE, ACK, CANCEL, OPTIONS, BYE", "Accept: application/sdp",
            "Server: tiny-uas/1.0", "Content-Length: 0"]
    return ("\r\n".join(out) + "\r\n\r\n").encode()

sel = selectors.DefaultSelector()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
u.bind(("127.0.0.1", port))
t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
t.bind(("127.0.0.1", port))
t.listen(8)
sel.register(u, selectors.EVENT_READ, "udp")
sel.register(t, selectors.EVENT_READ, "listen")
bufs = {}
seen = answered = 0
deadline = time.time() + 30

def handle(req, send):
    global seen, answered
    if opts["--log"]:
        with open(opts["--log"], "ab") as f:
            f.write(req + b"\n----\n")
    seen += 1
    if seen <= drop:
        return
    r = answer(req)
    if r:
        send(r)
        answered += 1

while answered < count and time.time() < deadline:
    for key, _ in sel.select(timeout=0.5):
        if key.data == "udp":
            data, peer = u.recvfrom(65536)
            if data.strip():
                handle(data, lambda r, p=peer: u.sendto(r, p))
        elif key.data == "listen":
            c, _ = t.accept()
            bufs[c] = b""
            sel.register(c, selectors.EVENT_READ, "conn")
        else:
            c = key.fileobj
            data = c.recv(65536)
            if not data:
                sel.unregister(c); c.close(); del bufs[c]
                continue
            bufs[c] += data
            while b"\r\n\r\n" in bufs[c]:
                head, rest = bufs[c].split(b"\r\n\r\n", 1)
                clen = 0
                for l in head.split(b"\r\n"):
                    n = l.split(b":", 1)[0].strip().lower()
                    if n in (b"content-length", b"l"):
                        clen = int(l.split(b":", 1)[1])
                if len(rest) < clen:
                    break
                req = head + b"\r\n\r\n" + rest[:clen]
                bufs[c] = rest[clen:]
                handle(req, lambda r, c=c: c.sendall(r))
time.sleep(0.2)
