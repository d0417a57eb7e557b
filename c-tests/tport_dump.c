/* tport message dump (TPTAG_DUMP) and keep-alive pong (TPTAG_PONG2PING) through nta: an
 * agent on 127.0.0.1:35717 answers OPTIONS 200; raw sockets send a UDP keep-alive and
 * request, then a TCP ping and request. The dump file is read back and its records printed
 * without times, tags or ephemeral ports. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/tport_tag.h>

#define AGENT_PORT 35717
#define UDP_PORT 35718

static int on_request(nta_leg_magic_t *m, nta_leg_t *leg, nta_incoming_t *irq, sip_t const *sip)
{
  (void)m; (void)leg; (void)irq;
  return sip->sip_request->rq_method == sip_method_options ? 200 : 501;
}

static char const *options(char const *cid, char const *tp)
{
  static char buf[1024];
  snprintf(buf, sizeof buf,
           "OPTIONS sip:bob@127.0.0.1:%d SIP/2.0\r\n"
           "Via: SIP/2.0/%s 127.0.0.1:%d;branch=z9hG4bK%s\r\n"
           "Max-Forwards: 70\r\n"
           "To: <sip:bob@127.0.0.1>\r\n"
           "From: <sip:alice@127.0.0.1>;tag=19\r\n"
           "Call-ID: %s\r\n"
           "CSeq: 1 OPTIONS\r\n"
           "Content-Type: text/plain\r\n"
           "Content-Length: 5\r\n\r\nhello", AGENT_PORT, tp, UDP_PORT, cid, cid);
  return buf;
}

static struct sockaddr_in agent_addr(void)
{
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(AGENT_PORT);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}

int main(void)
{
  char path[] = "/tmp/sofia-tport-dump-XXXXXX";
  int fd = mkstemp(path);
  su_root_t *root;
  nta_agent_t *agent;
  nta_leg_t *leg;
  struct sockaddr_in a = agent_addr(), me;
  socklen_t melen = sizeof me;
  char udp_req[1024], tcp_req[1024], buf[65536];
  size_t got = 0;
  int u, t, i, n, client_port;

  if (fd < 0) { printf("mkstemp failed\n"); return 1; }
  close(fd);
  unlink(path); /* the dump opens it again (append) */

  su_init();
  root = su_root_create(NULL);
  agent = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:35717"), NULL, NULL,
                           TPTAG_DUMP(path), TPTAG_PONG2PING(1), TAG_END());
  if (!agent) { printf("agent failed\n"); return 1; }
  leg = nta_leg_tcreate(agent, on_request, NULL, NTATAG_NO_DIALOG(1), TAG_END());

  /* UDP: a keep-alive, then a request. */
  u = socket(AF_INET, SOCK_DGRAM, 0);
  memset(&me, 0, sizeof me);
  me.sin_family = AF_INET; me.sin_port = htons(UDP_PORT); me.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(u, (struct sockaddr *)&me, sizeof me) < 0) { printf("udp bind failed\n"); return 1; }
  fcntl(u, F_SETFL, O_NONBLOCK);
  sendto(u, "\r\n\r\n", 4, 0, (struct sockaddr *)&a, sizeof a);
  strcpy(udp_req, options("dump-udp", "UDP"));
  sendto(u, udp_req, strlen(udp_req), 0, (struct sockaddr *)&a, sizeof a);
  for (i = 0, n = -1; i < 500 && n <= 0; i++) {
    su_root_step(root, 10);
    n = recv(u, buf, sizeof buf - 1, 0);
  }
  if (n > 0) { buf[n] = 0; printf("udp answer: %.*s\n", (int)strcspn(buf, "\r"), buf); }
  else printf("udp answer: none\n");

  /* TCP: a ping, then a request; the answer is the pong, then the response. */
  t = socket(AF_INET, SOCK_STREAM, 0);
  if (connect(t, (struct sockaddr *)&a, sizeof a) < 0) { printf("connect failed\n"); return 1; }
  getsockname(t, (struct sockaddr *)&me, &melen);
  client_port = ntohs(me.sin_port);
  fcntl(t, F_SETFL, O_NONBLOCK);
  send(t, "\r\n\r\n", 4, 0);
  for (i = 0; i < 30; i++) su_root_step(root, 10);
  strcpy(tcp_req, options("dump-tcp", "TCP"));
  send(t, tcp_req, strlen(tcp_req), 0);
  for (i = 0; i < 500; i++) {
    su_root_step(root, 10);
    n = recv(t, buf + got, sizeof buf - 1 - got, 0);
    if (n > 0) got += n;
    buf[got] = 0;
    if (got > 4 && strstr(buf, "SIP/2.0 200") && strcmp(buf + got - 4, "\r\n\r\n") == 0)
      break;
  }
  printf("tcp answer starts with pong: %s\n", strncmp(buf, "\r\nSIP/2.0 200 OK\r\n", 18) == 0 ? "yes" : "no");
  close(t);
  for (i = 0; i < 10; i++) su_root_step(root, 10);

  nta_leg_destroy(leg);
  nta_agent_destroy(agent);
  su_root_destroy(root);
  su_deinit();
  close(u);

  /* The dump. */
  {
    FILE *f = fopen(path, "rb");
    static char d[262144];
    size_t len, pos;
    if (!f) { printf("no dump file\n"); return 1; }
    len = fread(d, 1, sizeof d - 1, f);
    fclose(f);
    unlink(path);
    d[len] = 0;
    printf("head: %s\n", strncmp(d, "dump started at ", 16) == 0 ? "ok" : "bad");
    {
      char *e = strstr(d, "\n\n\n");
      if (!e) { printf("no end of head\n"); return 1; }
      pos = e + 3 - d;
    }
    while (pos < len) {
      char what[8], how[8], proto[8], ip[64];
      unsigned long bytes; unsigned port, hh, mm, ss; unsigned long us;
      char *nl = memchr(d + pos, '\n', len - pos);
      char line[256];
      char const *data;
      if (!nl || (size_t)(nl - (d + pos)) >= sizeof line) { printf("bad record\n"); break; }
      memcpy(line, d + pos, nl - (d + pos)); line[nl - (d + pos)] = 0;
      if (sscanf(line, "%7s %lu bytes %7s %7[a-z]/[%63[^]]]:%u at %u:%u:%u.%lu:",
                 what, &bytes, how, proto, ip, &port, &hh, &mm, &ss, &us) != 10) {
        printf("bad stamp: %s\n", line);
        break;
      }
      data = nl + 1;
      if ((size_t)(data - d) + bytes + 2 > len || memcmp(data + bytes, "\v\n", 2) != 0) {
        printf("bad record end after: %s\n", line);
        break;
      }
      printf("%s %s %s/[%s]:%s", what, how, proto, ip,
             port == UDP_PORT ? "udp-client" : (int)port == client_port ? "tcp-client" : "other");
      if (strcmp(what, "recv") == 0) {
        char const *which = "other";
        if (bytes == 4 && memcmp(data, "\r\n\r\n", 4) == 0) which = "keep-alive";
        else if (bytes == strlen(udp_req) && memcmp(data, udp_req, bytes) == 0) which = "udp request";
        else if (bytes == strlen(tcp_req) && memcmp(data, tcp_req, bytes) == 0) which = "tcp request";
        printf(" %lu bytes: %s\n", bytes, which);
      }
      else {
        printf(": %.*s\n", (int)strcspn(data, "\r"), data);
      }
      pos = (data - d) + bytes + 2;
    }
  }
  return 0;
}
