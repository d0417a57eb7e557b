#!/usr/bin/env python3
"""A tiny authoritative DNS server for the sip-dig test: answers A/AAAA/SRV/NAPTR/CNAME
from a fixed table over UDP on 127.0.0.1:PORT, NXDOMAIN for unknown names, an empty
answer (NOERROR) for known names without the asked type. Names are compressed only in
the question (answers use pointers to it), as many servers do. Loopback only."""
import socket
import struct
import sys

T_A, T_CNAME, T_SOA, T_AAAA, T_SRV, T_NAPTR = 1, 5, 6, 28, 33, 35

ZONE = {
    # NAPTR -> SRV -> A/AAAA, two transports, different order/preference
    "naptr.test.": [
        (T_NAPTR, (20, 50, "s", "SIP+D2T", "", "_sip._tcp.naptr.test.")),
        (T_NAPTR, (10, 50, "s", "SIP+D2U", "", "_sip._udp.naptr.test.")),
        (T_NAPTR, (10, 40, "s", "SIPS+D2T", "", "_sips._tcp.naptr.test.")),
    ],
    "_sip._udp.naptr.test.": [
        (T_SRV, (20, 0, 5070, "b.naptr.test.")),
        (T_SRV, (10, 60, 5060, "a.naptr.test.")),
        (T_SRV, (10, 40, 5062, "b.naptr.test.")),
    ],
    "_sip._tcp.naptr.test.": [(T_SRV, (10, 0, 5060, "a.naptr.test."))],
    "_sips._tcp.naptr.test.": [(T_SRV, (10, 0, 5061, "a.naptr.test."))],
    "a.naptr.test.": [(T_A, "192.0.2.1"), (T_A, "192.0.2.2"), (T_AAAA, "2001:db8::1")],
    "b.naptr.test.": [(T_A, "192.0.2.3")],
    # SRV only (no NAPTR)
    "_sip._udp.srv.test.": [(T_SRV, (0, 0, 5080, "host.srv.test."))],
    "_sip._tcp.srv.test.": [(T_SRV, (0, 0, 5081, "host.srv.test."))],
    "host.srv.test.": [(T_A, "198.51.100.7")],
    # A/AAAA only
    "plain.test.": [(T_A, "203.0.113.5"), (T_AAAA, "2001:db8::5")],
    "v6only.test.": [(T_AAAA, "2001:db8::6")],
    # CNAME to an address name
    "alias.test.": [(T_CNAME, "plain.test.")],
    # Loopback targets for tests/dns-nua (a user agent on 127.0.0.1:35121)
    "_sip._udp.loop.test.": [(T_SRV, (10, 0, 35121, "host.loop.test."))],
    "host.loop.test.": [(T_A, "127.0.0.1")],
    "a.loop.test.": [(T_A, "127.0.0.1")],
    # NAPTR with an "a" flag
    "aflag.test.": [(T_NAPTR, (10, 10, "a", "SIP+D2U", "", "plain.test."))],
}


def enc_name(name):
    out = b""
    for label in name.rstrip(".").split("."):
        if label:
            out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def rdata(rtype, value):
    if rtype == T_A:
        return socket.inet_pton(socket.AF_INET, value)
    if rtype == T_AAAA:
        return socket.inet_pton(socket.AF_INET6, value)
    if rtype == T_CNAME:
        return enc_name(value)
    if rtype == T_SRV:
        prio, weight, port, target = value
        return struct.pack("!HHH", prio, weight, port) + enc_name(target)
    if rtype == T_NAPTR:
        order, pref, flags, services, regexp, repl = value
        s = b""
        for x in (flags, services, regexp):
            s += bytes([len(x)]) + x.encode()
        return struct.pack("!HH", order, pref) + s + enc_name(repl)
    raise ValueError(rtype)


def answer(query):
    qid, flags, qd = struct.unpack("!HHH", query[:6])
    pos, labels = 12, []
    while query[pos]:
        n = query[pos]
        labels.append(query[pos + 1:pos + 1 + n].decode())
        pos += 1 + n
    qname = ".".join(labels).lower() + "."
    qtype, qclass = struct.unpack("!HH", query[pos + 1:pos + 5])
    question = query[12:pos + 5]
    records = ZONE.get(qname)
    rcode = 0 if records is not None else 3
    ans = []
    for rtype, value in records or []:
        if rtype == qtype or (rtype == T_CNAME and qtype != T_CNAME):
            ans.append((rtype, value))
            if rtype == T_CNAME:
                for r2, v2 in ZONE.get(value, []):
                    if r2 == qtype:
                        ans.append((r2, v2, value))
    body = b""
    for a in ans:
        rtype, value = a[0], a[1]
        owner = b"\xc0\x0c" if len(a) == 2 else enc_name(a[2])
        rd = rdata(rtype, value)
        body += owner + struct.pack("!HHIH", rtype, 1, 300, len(rd)) + rd
    hdr = struct.pack("!HHHHHH", qid, 0x8400 | 0x0100 | rcode, 1, len(ans), 0, 0)
    return hdr + question + body


def main():
    port = int(sys.argv[1])
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", port))
    while True:
        data, peer = s.recvfrom(4096)
        try:
            s.sendto(answer(data), peer)
        except Exception as e:  # malformed query: no answer
            print("dns.py:", e, file=sys.stderr)


main()
