#!/usr/bin/env python3
"""A HEPv3 collector for the capture test: receives on 127.0.0.1:PORT for SECONDS and
prints one line per packet it decodes (family, protocol, addresses, ports, type, capture
id, the SIP message's first line), or 'BAD ...' for a packet that does not decode."""
import socket
import struct
import sys

port, seconds = int(sys.argv[1]), float(sys.argv[2])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", port))
s.settimeout(seconds)
try:
    while True:
        pkt, _ = s.recvfrom(65535)
        if pkt[:4] != b"HEP3" or struct.unpack("!H", pkt[4:6])[0] != len(pkt):
            print("BAD header", flush=True)
            continue
        i, c = 6, {}
        while i + 6 <= len(pkt):
            vendor, kind, ln = struct.unpack("!HHH", pkt[i:i + 6])
            if ln < 6 or i + ln > len(pkt):
                print("BAD chunk", flush=True)
                break
            c[(vendor, kind)] = pkt[i + 6:i + ln]
            i += ln
        ip = lambda k4, k6: socket.inet_ntop(socket.AF_INET, c[(0, k4)]) if (0, k4) in c else socket.inet_ntop(socket.AF_INET6, c[(0, k6)])
        try:
            line = c[(0, 15)].split(b"\r\n", 1)[0].decode()
            print("family=%d proto=%d %s:%d -> %s:%d type=%d id=%d secs=%s %s" % (
                c[(0, 1)][0], c[(0, 2)][0], ip(3, 5), struct.unpack("!H", c[(0, 7)])[0],
                ip(4, 6), struct.unpack("!H", c[(0, 8)])[0], c[(0, 11)][0],
                struct.unpack("!I", c[(0, 12)])[0], "ok" if (0, 9) in c and (0, 10) in c else "missing",
                line), flush=True)
        except (KeyError, IndexError, ValueError) as e:
            print("BAD fields %r" % (e,), flush=True)
except socket.timeout:
    pass
