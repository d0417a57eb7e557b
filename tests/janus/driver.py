#!/usr/bin/env python3
"""Drive Debian's Janus SIP plugin through Janus' HTTP API, with a tiny SIP peer on loopback.

usage: driver.py HTTP_PORT LOGDIR

Janus must already run with its HTTP transport on 127.0.0.1:HTTP_PORT and the SIP plugin
(local_ip 127.0.0.1). The SIP peer here is one UDP socket on 127.0.0.1 that plays the
registrar (401 digest challenge, then 200 once the digest response is right), the target of
an outgoing MESSAGE, the sender of an incoming MESSAGE and the caller of three incoming
calls (declined with 486; accepted then hung up by Janus; accepted then hung up by the peer).

Prints one "ok   janus <step>" or "FAIL janus <step>: why" line per step; exits 1 when any
step failed. Every wait is bounded; loopback only. Written for sofia-rs (no code taken from
elsewhere); standard library only.
"""
import hashlib
import json
import os
import random
import re
import socket
import string
import sys
import threading
import time
import urllib.request

HTTP_PORT = int(sys.argv[1])
LOGDIR = sys.argv[2]
BASE = "http://127.0.0.1:%d/janus" % HTTP_PORT
USER, SECRET, REALM = "alice", "s3cr3t-pw", "sofia-rs.test"
WAIT = 10.0  # seconds, every single wait

results = []  # (ok, step, why)
log_lock = threading.Lock()
sip_log = open(os.path.join(LOGDIR, "peer-sip.log"), "w")
ev_log = open(os.path.join(LOGDIR, "janus-events.log"), "w")


def report(ok, step, why=""):
    results.append((ok, step, why))
    if ok:
        print("ok   janus %s%s" % (step, (" (%s)" % why) if why else ""), flush=True)
    else:
        print("FAIL janus %s: %s" % (step, why), flush=True)


class StepFailed(Exception):
    pass


def rnd(n=10):
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(n))


def md5(s):
    return hashlib.md5(s.encode()).hexdigest()


# ---------------------------------------------------------------- Janus HTTP API
def http(method, path, body=None, timeout=WAIT):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(BASE + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read().decode())


def janus(path, body):
    body = dict(body)
    body.setdefault("transaction", rnd(12))
    out = http("POST", path, body)
    with log_lock:
        ev_log.write(">>> POST %s %s\n<<< %s\n" % (path, json.dumps(body), json.dumps(out)))
        ev_log.flush()
    return out


class Events:
    """Long-polls /janus/<session> in a thread; keeps every event for wait()."""

    def __init__(self, sid):
        self.sid, self.items, self.used = sid, [], set()
        self.cv = threading.Condition()
        self.stop = False
        self.t = threading.Thread(target=self.run, daemon=True)
        self.t.start()

    def run(self):
        while not self.stop:
            try:
                evs = http("GET", "/%d?maxev=10&rid=%d" % (self.sid, int(time.time() * 1000)), timeout=40)
            except Exception as e:  # session gone, Janus gone
                with log_lock:
                    ev_log.write("--- long poll ended: %r\n" % e)
                    ev_log.flush()
                return
            if isinstance(evs, dict):
                evs = [evs]
            with self.cv:
                for e in evs:
                    if e.get("janus") == "keepalive":
                        continue
                    with log_lock:
                        ev_log.write("<<< event %s\n" % json.dumps(e))
                        ev_log.flush()
                    self.items.append(e)
                self.cv.notify_all()

    def wait_core(self, name, timeout=WAIT):
        """Next unused event of Janus' core (not the plugin) of type NAME, e.g. hangup."""
        end = time.time() + timeout
        with self.cv:
            while True:
                for i, e in enumerate(self.items):
                    if i not in self.used and e.get("janus") == name:
                        self.used.add(i)
                        return e
                left = end - time.time()
                if left <= 0:
                    raise StepFailed("no '%s' event from Janus' core within %gs" % (name, timeout))
                self.cv.wait(left)

    def wait(self, name, timeout=WAIT):
        """Next unused SIP plugin event whose result.event is NAME (raises on a plugin error)."""
        end = time.time() + timeout
        with self.cv:
            while True:
                for i, e in enumerate(self.items):
                    if i in self.used:
                        continue
                    data = (e.get("plugindata") or {}).get("data") or {}
                    if "error" in data:
                        self.used.add(i)
                        raise StepFailed("plugin error %s: %s" % (data.get("error_code"), data.get("error")))
                    if (data.get("result") or {}).get("event") == name:
                        self.used.add(i)
                        return e
                left = end - time.time()
                if left <= 0:
                    seen = [((x.get("plugindata") or {}).get("data") or {}).get("result", {}).get("event", x.get("janus"))
                            for j, x in enumerate(self.items) if j not in self.used]
                    raise StepFailed("no '%s' event from Janus within %gs (unused events: %s)" % (name, timeout, seen))
                self.cv.wait(left)


# ---------------------------------------------------------------- SIP peer
COMPACT = {"v": "via", "f": "from", "t": "to", "i": "call-id", "m": "contact", "l": "content-length",
           "c": "content-type", "k": "supported", "s": "subject", "e": "content-encoding", "o": "event",
           "r": "refer-to", "b": "referred-by", "u": "allow-events", "x": "session-expires"}


class Msg:
    def __init__(self, raw):
        head, _, body = raw.partition(b"\r\n\r\n")
        lines = head.decode("utf-8", "replace").split("\r\n")
        self.start = lines[0]
        self.headers = []  # (lower-case full name, value), in order
        for l in lines[1:]:
            if l[:1] in (" ", "\t") and self.headers:
                n, v = self.headers[-1]
                self.headers[-1] = (n, v + " " + l.strip())
                continue
            n, _, v = l.partition(":")
            n = n.strip().lower()
            self.headers.append((COMPACT.get(n, n), v.strip()))
        self.body = body.decode("utf-8", "replace")
        self.raw = raw
        p = self.start.split(" ", 2)
        self.is_req = not self.start.startswith("SIP/2.0")
        self.method = p[0] if self.is_req else None
        self.ruri = p[1] if self.is_req else None
        self.status = int(p[1]) if not self.is_req else None

    def all(self, name):
        return [v for n, v in self.headers if n == name]

    def get(self, name, default=""):
        a = self.all(name)
        return a[0] if a else default

    def cseq(self):
        n, m = self.get("cseq").split()
        return int(n), m

    def branch(self):
        m = re.search(r"branch=([^;,\s]+)", self.get("via"))
        return m.group(1) if m else ""

    def tag(self, hdr):
        m = re.search(r";\s*tag=([^;,\s]+)", self.get(hdr))
        return m.group(1) if m else None


def uri_of(addr):
    m = re.search(r"<([^>]*)>", addr)
    return m.group(1) if m else addr.split(";")[0].strip()


class Peer:
    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.5)
        self.port = self.sock.getsockname()[1]
        self.items, self.used = [], set()
        self.sent = {}  # (branch, method, cseq) of a request -> our answer, for retransmissions
        self.cv = threading.Condition()
        self.janus_addr = None
        self.stop = False
        self.t = threading.Thread(target=self.run, daemon=True)
        self.t.start()

    def log(self, what, addr, raw):
        with log_lock:
            sip_log.write("%s %s %s:%d\n%s\n\n" % (time.strftime("%H:%M:%S"), what, addr[0], addr[1],
                                                 raw.decode("utf-8", "replace")))
            sip_log.flush()

    def send(self, raw, addr=None):
        addr = addr or self.janus_addr
        self.log("sent to", addr, raw)
        self.sock.sendto(raw, addr)

    def run(self):
        while not self.stop:
            try:
                raw, addr = self.sock.recvfrom(65535)
            except socket.timeout:
                continue
            except OSError:
                return
            self.log("recv from", addr, raw)
            if raw.strip() == b"":
                continue  # keep-alive
            try:
                m = Msg(raw)
            except Exception:
                continue
            m.addr = addr
            if m.is_req:
                key = (m.branch(), m.method, m.get("cseq"))
                if key in self.sent:  # retransmission: repeat our answer
                    if self.sent[key] is not None:
                        self.send(self.sent[key], addr)
                    continue
                if m.method == "OPTIONS":  # keep-alives
                    self.respond(m, 200, "OK")
                    continue
                if m.method == "ACK":
                    self.sent[key] = None
            with self.cv:
                self.items.append(m)
                self.cv.notify_all()

    def wait(self, pred, what, timeout=WAIT):
        end = time.time() + timeout
        with self.cv:
            while True:
                for i, m in enumerate(self.items):
                    if i not in self.used and pred(m):
                        self.used.add(i)
                        return m
                left = end - time.time()
                if left <= 0:
                    raise StepFailed("peer got no %s within %gs" % (what, timeout))
                self.cv.wait(left)

    def wait_req(self, method, timeout=WAIT):
        return self.wait(lambda m: m.is_req and m.method == method, method, timeout)

    def wait_resp(self, call_id, method, final=True, status=None, timeout=WAIT):
        def pred(m):
            if m.is_req or m.get("call-id") != call_id or m.cseq()[1] != method:
                return False
            if status is not None:
                return m.status == status
            return m.status >= 200 if final else True
        return self.wait(pred, "%s response%s to %s" % ("final" if final else "a",
                                                        " %s" % status if status else "", method), timeout)

    def respond(self, req, code, phrase, extra=(), body="", ctype=None, to_tag=None):
        out = ["SIP/2.0 %d %s" % (code, phrase)]
        for v in req.all("via"):
            out.append("Via: " + v)
        out.append("From: " + req.get("from"))
        to = req.get("to")
        if code > 100 and req.tag("to") is None:
            to += ";tag=" + (to_tag or rnd(8))
        out.append("To: " + to)
        out.append("Call-ID: " + req.get("call-id"))
        out.append("CSeq: " + req.get("cseq"))
        out.extend(extra)
        if ctype:
            out.append("Content-Type: " + ctype)
        out.append("Content-Length: %d" % len(body.encode()))
        raw = ("\r\n".join(out) + "\r\n\r\n" + body).encode()
        self.sent[(req.branch(), req.method, req.get("cseq"))] = raw
        self.send(raw, req.addr)
        return raw

    def request(self, method, ruri, from_, to, call_id, cseq, extra=(), body="", ctype=None, branch=None):
        branch = branch or "z9hG4bK" + rnd(12)
        out = ["%s %s SIP/2.0" % (method, ruri),
               "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=%s;rport" % (self.port, branch),
               "Max-Forwards: 70", "From: " + from_, "To: " + to, "Call-ID: " + call_id,
               "CSeq: %d %s" % (cseq, method)]
        out.extend(extra)
        if ctype:
            out.append("Content-Type: " + ctype)
        out.append("Content-Length: %d" % len(body.encode()))
        self.send(("\r\n".join(out) + "\r\n\r\n" + body).encode())
        return branch


def digest_params(h):
    h = h.strip()
    if not h.lower().startswith("digest "):
        return None
    return {k.lower(): (v1 if v1 else v2) for k, v1, v2 in
            re.findall(r'([A-Za-z0-9_-]+)\s*=\s*(?:"([^"]*)"|([^,\s]+))', h[7:])}


# ---------------------------------------------------------------- the scenario
peer = Peer()
rtp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # a real (silent) port for the SDP
rtp.bind(("127.0.0.1", 0))
RTP_PORT = rtp.getsockname()[1]
ME = "sip:%s@127.0.0.1" % USER
PEER_URI = "sip:bob@127.0.0.1:%d" % peer.port
state = {}


def step(name):
    def deco(f):
        def run():
            try:
                why = f()
                report(True, name, why or "")
                return True
            except StepFailed as e:
                report(False, name, str(e))
            except Exception as e:  # a bug in the scenario or a broken connection
                report(False, name, "%s: %s" % (type(e).__name__, e))
            return False
        run.name = name
        return run
    return deco


def check(cond, why):
    if not cond:
        raise StepFailed(why)


def send_message(body, jsep=None):
    msg = {"janus": "message", "body": body}
    if jsep:
        msg["jsep"] = jsep
    r = janus("/%d/%d" % (state["sid"], state["hid"]), msg)
    check(r.get("janus") in ("ack", "success"), "Janus refused %s: %s" % (body.get("request"), r))
    return r


@step("create session + attach janus.plugin.sip")
def s_attach():
    r = janus("", {"janus": "create"})
    check(r.get("janus") == "success", "create: %s" % r)
    state["sid"] = r["data"]["id"]
    state["ev"] = Events(state["sid"])
    r = janus("/%d" % state["sid"], {"janus": "attach", "plugin": "janus.plugin.sip"})
    check(r.get("janus") == "success", "attach: %s" % r)
    state["hid"] = r["data"]["id"]
    return "session %d, handle %d" % (state["sid"], state["hid"])


@step("register: 401 digest challenge, right digest response, 200, 'registered'")
def s_register():
    send_message({"request": "register", "username": ME, "secret": SECRET,
                  "proxy": "sip:127.0.0.1:%d" % peer.port})
    state["ev"].wait("registering")
    r1 = peer.wait_req("REGISTER")
    check(uri_of(r1.get("from")) == ME, "From is %r, want %s" % (r1.get("from"), ME))
    check(r1.get("authorization") == "", "first REGISTER already has credentials")
    nonce = rnd(16)
    peer.respond(r1, 401, "Unauthorized",
                 ['WWW-Authenticate: Digest realm="%s", nonce="%s", qop="auth", algorithm=MD5' % (REALM, nonce)])
    r2 = peer.wait_req("REGISTER")
    check(r2.get("call-id") == r1.get("call-id"), "second REGISTER has another Call-ID")
    check(r2.cseq()[0] > r1.cseq()[0], "second REGISTER's CSeq %d not above %d" % (r2.cseq()[0], r1.cseq()[0]))
    p = digest_params(r2.get("authorization"))
    check(p is not None, "second REGISTER has no Digest Authorization: %r" % r2.get("authorization"))
    for k, want in (("username", USER), ("realm", REALM), ("nonce", nonce)):
        check(p.get(k) == want, "Authorization %s=%r, want %r" % (k, p.get(k), want))
    ha1 = md5("%s:%s:%s" % (USER, REALM, SECRET))
    ha2 = md5("REGISTER:%s" % p.get("uri", ""))
    if p.get("qop"):
        check(p.get("qop") == "auth" and p.get("cnonce") and p.get("nc"), "bad qop/cnonce/nc: %s" % p)
        want = md5("%s:%s:%s:%s:%s:%s" % (ha1, nonce, p["nc"], p["cnonce"], p["qop"], ha2))
    else:
        want = md5("%s:%s:%s" % (ha1, nonce, ha2))
    if p.get("response") != want:
        peer.respond(r2, 403, "Forbidden")
        raise StepFailed("digest response %s, want %s (%s)" % (p.get("response"), want, p))
    contact = r2.get("contact")
    cu = uri_of(contact)
    m = re.match(r"sips?:(?:[^@]*@)?([0-9.]+):(\d+)", cu)
    check(m and m.group(1) == "127.0.0.1", "Contact %r is not on 127.0.0.1" % contact)
    peer.janus_addr = ("127.0.0.1", int(m.group(2)))
    state["contact"] = cu
    state["register"] = r2
    expires = r2.get("expires") or "3600"
    peer.respond(r2, 200, "OK", ["Contact: <%s>;expires=%s" % (cu, expires)])
    e = state["ev"].wait("registered")
    res = e["plugindata"]["data"]["result"]
    check(res.get("username") == USER, "'registered' username %r" % res.get("username"))
    return "Janus' SIP contact %s" % cu


@step("MESSAGE out: peer gets the body, Janus reports delivery 200")
def s_message_out():
    text = "hello from janus %s" % rnd(6)
    send_message({"request": "message", "uri": PEER_URI, "content": text})
    m = peer.wait_req("MESSAGE")
    peer.respond(m, 200, "OK")
    state["message"] = m
    check(m.body == text, "body %r, want %r" % (m.body, text))
    check(m.get("content-type").split(";")[0].strip().lower() == "text/plain",
          "Content-Type %r" % m.get("content-type"))
    check(re.match(r"sips?:([^@]*@)?127\.0\.0\.1[:;>]?", uri_of(m.get("from"))), "From %r" % m.get("from"))
    check(m.ruri == PEER_URI, "Request-URI %r, want %r" % (m.ruri, PEER_URI))
    e = state["ev"].wait("messagedelivery")
    res = e["plugindata"]["data"]["result"]
    check(res.get("code") == 200, "messagedelivery code %r (%r)" % (res.get("code"), res.get("reason")))
    check(e["plugindata"]["data"].get("call_id") == m.get("call-id"), "messagedelivery call_id differs")


@step("MESSAGE in: Janus answers 200 and reports 'message'")
def s_message_in():
    text = "hello from the peer %s" % rnd(6)
    cid = rnd(16) + "@127.0.0.1"
    peer.request("MESSAGE", state["contact"], "<%s>;tag=%s" % (PEER_URI, rnd(8)), "<%s>" % ME, cid, 1,
                 body=text, ctype="text/plain")
    r = peer.wait_resp(cid, "MESSAGE")
    check(r.status == 200, "Janus answered %s" % r.start)
    e = state["ev"].wait("message")
    res = e["plugindata"]["data"]["result"]
    check(res.get("content") == text, "content %r, want %r" % (res.get("content"), text))
    check(res.get("sender") == PEER_URI, "sender %r, want %r" % (res.get("sender"), PEER_URI))


def offer_sdp():
    sid = random.randint(1000, 99999)
    return ("v=0\r\no=bob %d %d IN IP4 127.0.0.1\r\ns=call\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            "m=audio %d RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
            "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=sendrecv\r\n") % (sid, sid, RTP_PORT)


def invite():
    """Peer sends an INVITE with an SDP offer; waits for 'incomingcall' and 180 Ringing."""
    call = {"cid": rnd(16) + "@127.0.0.1", "ftag": rnd(8), "cseq": 1}
    call["from"] = '"Bob" <%s>;tag=%s' % (PEER_URI, call["ftag"])
    call["to"] = "<%s>" % ME
    call["branch"] = peer.request("INVITE", state["contact"], call["from"], call["to"], call["cid"], 1,
                                  ["Contact: <%s>" % PEER_URI], offer_sdp(), "application/sdp")
    e = state["ev"].wait("incomingcall")
    res = e["plugindata"]["data"]["result"]
    check(res.get("username") == PEER_URI, "incomingcall username %r, want %r" % (res.get("username"), PEER_URI))
    check(res.get("displayname") in ("Bob", '"Bob"'), "incomingcall displayname %r" % res.get("displayname"))
    check(e["plugindata"]["data"].get("call_id") == call["cid"], "incomingcall call_id differs")
    jsep = e.get("jsep") or {}
    check(jsep.get("type") == "offer" and "m=audio" in jsep.get("sdp", ""),
          "incomingcall without a WebRTC offer for the audio: %r" % jsep)
    call["jsep"] = jsep
    r = peer.wait_resp(call["cid"], "INVITE", status=180)
    state["ringing"] = r
    call["ttag"] = r.tag("to")
    check(call["ttag"], "180 without a To tag")
    return call


def webrtc_answer(offer):
    """A minimal WebRTC answer to Janus' offer (ICE credentials and a fingerprint, no candidates)."""
    lines = offer.replace("\r\n", "\n").split("\n")
    mids, out_media = [], []
    cur = None
    for l in lines:
        if l.startswith("m="):
            kind, _, proto, *pts = l[2:].split()
            cur = {"kind": kind, "proto": proto, "pts": pts, "mid": None, "rtpmap": {}}
            out_media.append(cur)
        elif cur is not None and l.startswith("a=mid:"):
            cur["mid"] = l[6:]
        elif cur is not None and l.startswith("a=rtpmap:"):
            pt, _, enc = l[9:].partition(" ")
            cur["rtpmap"][pt] = enc
    fp = ":".join("%02X" % random.randint(0, 255) for _ in range(32))
    sdp = ["v=0", "o=- %d 2 IN IP4 127.0.0.1" % random.randint(10 ** 6, 10 ** 9), "s=-", "t=0 0"]
    mids = [m["mid"] for m in out_media if m["mid"]]
    if mids:
        sdp.append("a=group:BUNDLE " + " ".join(mids))
    sdp.append("a=msid-semantic: WMS *")
    for m in out_media:
        if m["kind"] != "audio":
            sdp += ["m=%s 0 %s %s" % (m["kind"], m["proto"], m["pts"][0]), "c=IN IP4 0.0.0.0"]
            if m["mid"]:
                sdp.append("a=mid:" + m["mid"])
            continue
        pt = "0" if "0" in m["pts"] else m["pts"][0]
        sdp += ["m=audio 9 %s %s" % (m["proto"], pt), "c=IN IP4 0.0.0.0",
                "a=ice-ufrag:" + rnd(8), "a=ice-pwd:" + rnd(24), "a=ice-options:trickle",
                "a=fingerprint:sha-256 " + fp, "a=setup:active"]
        if m["mid"]:
            sdp.append("a=mid:" + m["mid"])
        sdp += ["a=sendrecv", "a=rtcp-mux", "a=rtpmap:%s %s" % (pt, m["rtpmap"].get(pt, "PCMU/8000"))]
    return "\r\n".join(sdp) + "\r\n"


def settle():
    """After a call: the PeerConnection goes (core "hangup") and the plugin's RTP relay thread
    leaves within ~1 s; until then the plugin answers a new INVITE with 486 ("missed_call")."""
    state["ev"].wait_core("hangup")
    time.sleep(1.5)


def ack_non2xx(call, resp):
    peer.request("ACK", state["contact"], call["from"], "<%s>;tag=%s" % (ME, resp.tag("to")), call["cid"], 1,
                 branch=call["branch"])


def accept(call):
    answer = webrtc_answer(call["jsep"]["sdp"])
    send_message({"request": "accept"}, {"type": "answer", "sdp": answer, "trickle": False})
    state["ev"].wait("accepted")
    ok = peer.wait_resp(call["cid"], "INVITE")
    state["ok"] = ok
    check(ok.status == 200, "INVITE answered %s" % ok.start)
    check(ok.tag("to") == call["ttag"], "200's To tag %r differs from the 180's %r" % (ok.tag("to"), call["ttag"]))
    check(ok.get("content-type").lower().startswith("application/sdp"), "200 without an SDP answer")
    mm = re.search(r"^m=audio (\d+) RTP/AVP (\d+)", ok.body, re.M)
    check(mm and int(mm.group(1)) > 0, "200's SDP has no active RTP/AVP audio: %r" % ok.body)
    check(mm.group(2) in ("0", "8", "101"), "answered payload type %s not offered" % mm.group(2))
    check(re.search(r"^c=IN IP4 127\.0\.0\.1", ok.body, re.M), "200's SDP c= is not 127.0.0.1")
    call["remote"] = uri_of(ok.get("contact"))
    check(call["remote"], "200 without a Contact")
    call["to"] = "<%s>;tag=%s" % (ME, ok.tag("to"))
    call["route"] = ["Route: " + r for r in reversed(ok.all("record-route"))]
    peer.request("ACK", call["remote"], call["from"], call["to"], call["cid"], 1, call["route"])
    return "200 OK SDP: m=audio %s RTP/AVP %s" % (mm.group(1), mm.group(2))


@step("incoming call 1: INVITE+SDP -> 180 + 'incomingcall' (caller, offer); decline -> 486 at the peer, 'hangup'")
def s_call_decline():
    call = invite()
    send_message({"request": "decline", "code": 486})
    r = peer.wait_resp(call["cid"], "INVITE")
    check(r.status == 486, "INVITE answered %s, want 486" % r.start)
    ack_non2xx(call, r)
    e = state["ev"].wait("hangup")
    code = e["plugindata"]["data"]["result"].get("code")
    check(code == 486, "'hangup' code %r, want 486" % code)
    settle()


@step("incoming call 2: 'accept' with a WebRTC answer -> 200 OK with SDP, ACK; 'hangup' -> BYE at the peer, 200, 'hangup'")
def s_call_accept_janus_bye():
    call = invite()
    why = accept(call)
    time.sleep(0.5)
    send_message({"request": "hangup"})
    state["ev"].wait("hangingup")
    bye = peer.wait_req("BYE")
    peer.respond(bye, 200, "OK")
    check(bye.get("call-id") == call["cid"], "BYE for another Call-ID")
    check(bye.tag("to") == call["ftag"] and bye.tag("from") == call["ttag"], "BYE's tags do not match the dialog")
    check(bye.ruri == PEER_URI, "BYE Request-URI %r, want our Contact %r" % (bye.ruri, PEER_URI))
    check(bye.cseq()[1] == "BYE", "BYE CSeq %r" % bye.get("cseq"))
    state["ev"].wait("hangup")
    settle()
    return why


@step("incoming call 3: 'accept', then BYE from the peer -> 200 from Janus, 'hangup'")
def s_call_accept_peer_bye():
    call = invite()
    accept(call)
    time.sleep(0.5)
    peer.request("BYE", call["remote"], call["from"], call["to"], call["cid"], 2, call["route"])
    r = peer.wait_resp(call["cid"], "BYE")
    check(r.status == 200, "BYE answered %s" % r.start)
    state["ev"].wait("hangup")


JANUS_UA = "Janus WebRTC Server SIP Plugin 0.0.8"
JANUS_ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS, UPDATE, REFER, MESSAGE, INFO, NOTIFY"


@step("headers set at nua_create (User-Agent, Allow, Supported, NUTAG_M_USERNAME, NUTAG_URL transport)")
def s_headers():
    """What the plugin asks of nua_create(): SIPTAG_USER_AGENT_STR, SIPTAG_ALLOW_STR,
    SIPTAG_SUPPORTED_STR("replaces"), NUTAG_M_USERNAME(user), NUTAG_URL("sip:IP:*;transport=udp")."""
    bad = []
    for what, m in (("REGISTER", state.get("register")), ("MESSAGE", state.get("message")),
                    ("180", state.get("ringing")), ("200 to INVITE", state.get("ok"))):
        if m is None:
            bad.append("no %s seen" % what)
            continue
        if m.get("user-agent") != JANUS_UA:
            bad.append("%s User-Agent %r" % (what, m.get("user-agent")))
        if m.get("allow") != JANUS_ALLOW:
            bad.append("%s Allow %r" % (what, m.get("allow")))
        sup = [x.strip() for x in ",".join(m.all("supported")).split(",") if x.strip()]
        if "replaces" not in sup or "100rel" in sup or "timer" in sup:
            bad.append("%s Supported %r" % (what, ", ".join(sup)))
        addr = m.get("from") if what == "MESSAGE" else m.get("contact")
        want = "sip:%s@127.0.0.1:%d;transport=udp" % (USER, peer.janus_addr[1])
        if uri_of(addr) != want:
            bad.append("%s %s %r, want <%s>" % (what, "From" if what == "MESSAGE" else "Contact", addr, want))
    check(not bad, "; ".join(bad))


@step("destroy session: un-REGISTER (Expires 0) at the peer, session gone")
def s_destroy():
    r = janus("/%d" % state["sid"], {"janus": "destroy"})
    check(r.get("janus") == "success", "destroy: %s" % r)
    u = peer.wait_req("REGISTER")
    peer.respond(u, 200, "OK")
    exp = u.get("expires")
    cexp = re.search(r"expires=(\d+)", u.get("contact"))
    check(exp == "0" or (cexp and cexp.group(1) == "0") or u.get("contact") == "*",
          "REGISTER after destroy is not an un-REGISTER (Expires %r, Contact %r)" % (exp, u.get("contact")))
    r = http("POST", "/%d" % state["sid"], {"janus": "keepalive", "transaction": rnd(8)})
    check(r.get("janus") == "error", "session still alive after destroy: %s" % r)


steps = [s_attach, s_register, s_message_out, s_message_in, s_call_decline, s_call_accept_janus_bye,
         s_call_accept_peer_bye, s_headers, s_destroy]
for i, s in enumerate(steps):
    if not s():
        if i <= 1:  # nothing else can work without a session and a registration
            for rest in steps[i + 1:]:
                report(False, rest.name, "skipped after the failure above")
            break
        time.sleep(1)
peer.stop = True
time.sleep(0.6)
sip_log.close()
ev_log.close()
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
