#!/usr/bin/env python3
"""Writes the seed corpora fuzz/corpus/<target>/ from testdata/ (run from the repository
root: python3 fuzz/seed_corpus.py). File names are content hashes, so reruns are stable."""
import glob, hashlib, os, re

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(root, "fuzz", "corpus")

def put(target, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)

msgs = [open(p, "rb").read() for p in sorted(glob.glob(f"{root}/testdata/rfc4475/*.dat") + glob.glob(f"{root}/testdata/sip/*.sip"))]
for m in msgs:
    put("sip_message", m)
# Two messages back to back (stream framing), and keep-alive CRLFs in front.
put("sip_message", b"\r\n\r\n" + msgs[0] + msgs[-1])

# Header lines (folded lines joined as they are, with their CRLF SP).
headers = set()
urls = set()
for m in msgs:
    head = m.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = head.split(b"\n")
    start, rest = lines[0], lines[1:]
    parts = start.split(b" ")
    if len(parts) >= 3 and not start.startswith(b"SIP/"):
        urls.add(parts[1])
    cur = None
    for l in rest:
        if l[:1] in (b" ", b"\t") and cur is not None:
            cur += b"\r\n" + l
        else:
            if cur is not None:
                headers.add(cur)
            cur = l
    if cur is not None:
        headers.add(cur)
    for u in re.findall(rb"<([^<>\s]*)>", head):
        urls.add(u)
# One sample per header kind that the corpus lacks.
samples = [
    b"Accept: application/sdp;level=1, text/*", b"Accept-Contact: *;audio;require", b"Accept-Encoding: gzip;q=0.5",
    b"Accept-Language: en;q=0.7, fi", b"Alert-Info: <http://x/ring.wav>", b"Allow-Events: presence, dialog",
    b"Authentication-Info: nextnonce=\"abc\", qop=auth", b"Call-Info: <http://x/a.jpg>;purpose=icon",
    b"Content-Disposition: session;handling=optional", b"Content-Encoding: gzip", b"Content-Language: en",
    b"Date: Sat, 13 Nov 2010 23:29:00 GMT", b"Error-Info: <sip:not-in-service@x>", b"Event: dialog;id=1",
    b"Identity: \"abc\"", b"In-Reply-To: 70710@saturn.bell-tel.com", b"MIME-Version: 1.0", b"Min-Expires: 60",
    b"Min-SE: 90;lr", b"Organization: Boxes by Bob", b"P-Asserted-Identity: \"Cullen\" <sip:fluffy@x>",
    b"P-Preferred-Identity: <tel:+1234>", b"Priority: emergency", b"Privacy: id;header",
    b"Proxy-Authenticate: Digest realm=\"x\", nonce=\"y\", qop=\"auth\"", b"Proxy-Authentication-Info: rspauth=\"1\"",
    b"Proxy-Authorization: Digest username=\"a\", uri=\"sip:x\"", b"Proxy-Require: foo", b"RAck: 776656 1 INVITE",
    b"RSeq: 988789", b"Reason: SIP;cause=200;text=\"done\"", b"Refer-Sub: false;x=1", b"Refer-To: <sip:a@b?Replaces=x%40y>",
    b"Referred-By: <sip:r@b>;cid=\"x\"", b"Reject-Contact: *;video", b"Remote-Party-ID: \"A\" <sip:a@b>;party=calling",
    b"Replaces: 98732@sip.example.com;from-tag=r33th4x0r;to-tag=ff87ff", b"Reply-To: Bob <sip:bob@biloxi.com>",
    b"Request-Disposition: proxy, recurse", b"Require: 100rel", b"Retry-After: 18000;duration=3600 (in a meeting)",
    b"Security-Client: ipsec-ike;q=0.1, tls;q=0.2", b"Security-Server: tls;q=0.2", b"Security-Verify: tls;q=0.2",
    b"Server: HomeServer v2", b"Service-Route: <sip:orig@scscf;lr>", b"Session-Expires: 4000;refresher=uac",
    b"SIP-ETag: dx200xyz", b"SIP-If-Match: dx200xyz", b"Subscription-State: active;expires=60", b"Supported: timer, 100rel",
    b"Timestamp: 54.3 0.5", b"Unsupported: foo", b"User-Agent: Softphone Beta1.5", b"Warning: 307 isi.edu \"Session parameter 'foo' not understood\"",
    b"WWW-Authenticate: Digest realm=\"atlanta.com\", domain=\"sip:boxesbybob.com\", nonce=\"f84f1cec41e6cbe5aea9c8e88d359\", opaque=\"\", stale=FALSE, algorithm=MD5",
    b"Record-Route: <sip:p1.example.com;lr>, <sip:p2.example.com;lr>", b"Path: <sip:P1.EXAMPLE.COM;lr>",
    b"Expires: 5", b"Max-Forwards: 70", b"X-Unknown: a, b;c", b"Content-Type: multipart/mixed;boundary=unique-boundary-1",
]
for h in sorted(headers) + samples:
    put("sip_header", h)

urls |= {
    b"sip:alice:pw@[2001:db8::1]:5061;transport=tcp;lr?subject=a%20b&x=y#frag",
    b"sips:bob@example.com:5061;maddr=10.0.0.1;ttl=1;method=INVITE", b"http://user:pw@www.example.com:8080/p/a;t/h?q=1#top",
    b"tel:+358-50-123;phone-context=x", b"im:bob@example.com", b"pres:x@y:1", b"sip:%41%3b%zz@h", b"mailto:a@b?subject=x",
    b"file:///etc/passwd", b"*", b"sip:*", b"sip:h:*", b"sip:user%", b"sip:a@b;x=%", b"//host:99/path;x?y#z",
}
for u in sorted(urls):
    put("url", u)

sdps = [open(p, "rb").read() for p in sorted(glob.glob(f"{root}/testdata/sdp/*.sdp"))]
for m in msgs:
    if b"v=0" in m:
        body = m.replace(b"\r\n", b"\n").split(b"\n\n", 1)
        if len(body) == 2 and body[1].startswith(b"v=0"):
            sdps.append(body[1].replace(b"\n", b"\r\n"))
for s in sdps:
    put("sdp", s)

tag_inputs = [
    (0, b"\"Bob\" <sip:bob@example.com>;tag=1"), (0, b"sip:a@b"), (1, b"SIP/2.0/UDP 1.2.3.4:5060;branch=z9hG4bKx;rport"),
    (1, b"SIP/2.0/TCP a, SIP/2.0/UDP b"), (2, b"<sip:a@b>;q=0.5;expires=10, *"), (3, b"1 INVITE"),
    (4, b"sip:a@b;lr?x=y"), (5, b"0x7fffffff"), (5, b"-1"), (6, b"4294967295"), (7, b"true"), (7, b"0"),
    (8, b"MD5-sess"), (9, b"18446744073709551615"),
]
for sel, t in tag_inputs:
    put("tags", bytes([sel]) + t)
for t in ("sip_message", "sip_header", "url", "sdp", "tags"):
    print(t, len(os.listdir(os.path.join(out, t))))
