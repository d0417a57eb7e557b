/* Setup-latency driver for benches/calls/capacity: a minimal SIP UAC on a UDP socket (no
 * Sofia-SIP) that makes CALLS calls one after another at RATE calls/s to HOST:PORT
 * (INVITE with an SDP offer -> 200, ACK, BYE -> 200) and prints the time from sending each
 * INVITE to receiving its 200, in microseconds, one per line. A call without a 200 within
 * 2 s prints "lost".
 *   latency_uac HOST PORT CALLS RATE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <poll.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static long long now_us(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

/* Waits up to ms for a response to CSeq method m of call n; returns its status (0: none)
 * and copies the To header's tag into tag. */
static int wait_response(int s, char const *cid, char const *m, int ms, char *tag, size_t tagsize)
{
  char buf[8192];
  long long end = now_us() + ms * 1000LL;
  for (;;) {
    long long left = (end - now_us()) / 1000;
    struct pollfd p = { s, POLLIN, 0 };
    if (left <= 0 || poll(&p, 1, (int)left) <= 0)
      return 0;
    ssize_t n = recv(s, buf, sizeof buf - 1, 0);
    if (n <= 12)
      continue;
    buf[n] = 0;
    int status = atoi(buf + 8);
    char want[96];
    snprintf(want, sizeof want, "\r\nCall-ID: %s\r\n", cid);
    char const *c = strstr(buf, "\r\nCSeq: ");
    if (!strstr(buf, want) || !c || !strstr(c, m) || status < 200)
      continue;
    char const *to = strstr(buf, "\r\nTo: ");
    char const *t = to ? strstr(to, ";tag=") : NULL;
    if (tag && t) {
      size_t k = strcspn(t + 5, ";\r\n");
      if (k >= tagsize)
        k = tagsize - 1;
      memcpy(tag, t + 5, k);
      tag[k] = 0;
    }
    return status;
  }
}

int main(int argc, char *argv[])
{
  if (argc < 5)
    return 2;
  char const *host = argv[1];
  int port = atoi(argv[2]), calls = atoi(argv[3]), rate = atoi(argv[4]);
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in to = { 0 }, me = { 0 };
  socklen_t ml = sizeof me;
  to.sin_family = AF_INET;
  to.sin_port = htons(port);
  inet_pton(AF_INET, host, &to.sin_addr);
  if (connect(s, (struct sockaddr *)&to, sizeof to) < 0 || getsockname(s, (struct sockaddr *)&me, &ml) < 0)
    return 2;
  int lport = ntohs(me.sin_port);
  static char const sdp[] =
    "v=0\r\no=uac 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
    "m=audio 40000 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\n";
  char msg[4096], cid[64], tag[128];
  long long next = now_us();
  for (int i = 0; i < calls; i++) {
    while (now_us() < next)
      usleep(100);
    next += 1000000LL / rate;
    snprintf(cid, sizeof cid, "lat-%d-%d", (int)getpid(), i);
    int n = snprintf(msg, sizeof msg,
      "INVITE sip:uas@%s:%d SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-i%d-%d\r\n"
      "Max-Forwards: 70\r\nFrom: <sip:uac@127.0.0.1>;tag=f%d\r\nTo: <sip:uas@%s:%d>\r\n"
      "Call-ID: %s\r\nCSeq: 1 INVITE\r\nContact: <sip:uac@127.0.0.1:%d>\r\n"
      "Content-Type: application/sdp\r\nContent-Length: %d\r\n\r\n%s",
      host, port, lport, (int)getpid(), i, i, host, port, cid, lport, (int)strlen(sdp), sdp);
    long long t0 = now_us();
    send(s, msg, n, 0);
    tag[0] = 0;
    int st = wait_response(s, cid, "INVITE", 2000, tag, sizeof tag);
    long long t1 = now_us();
    if (st != 200) {
      printf("lost\n");
      continue;
    }
    printf("%lld\n", t1 - t0);
    n = snprintf(msg, sizeof msg,
      "ACK sip:uas@%s:%d SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-a%d-%d\r\n"
      "Max-Forwards: 70\r\nFrom: <sip:uac@127.0.0.1>;tag=f%d\r\nTo: <sip:uas@%s:%d>;tag=%s\r\n"
      "Call-ID: %s\r\nCSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n",
      host, port, lport, (int)getpid(), i, i, host, port, tag, cid);
    send(s, msg, n, 0);
    n = snprintf(msg, sizeof msg,
      "BYE sip:uas@%s:%d SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-b%d-%d\r\n"
      "Max-Forwards: 70\r\nFrom: <sip:uac@127.0.0.1>;tag=f%d\r\nTo: <sip:uas@%s:%d>;tag=%s\r\n"
      "Call-ID: %s\r\nCSeq: 2 BYE\r\nContent-Length: 0\r\n\r\n",
      host, port, lport, (int)getpid(), i, i, host, port, tag, cid);
    send(s, msg, n, 0);
    wait_response(s, cid, "BYE", 2000, NULL, 0);
  }
  close(s);
  return 0;
}
