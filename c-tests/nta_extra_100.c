/* nta: NTATAG_EXTRA_100 (RFC 4320 §4.1), an extra "100 Trying" for non-INVITE requests
 * the application leaves unanswered. An agent (127.0.0.1:35850, UDP and TCP, T2 = 1 s)
 * with NTATAG_EXTRA_100(1) has a leg whose callback keeps each request unanswered (and may
 * call nta_incoming_set_params(irq, NTATAG_EXTRA_100(x))); a bare client sends MESSAGE over
 * UDP (35851; retransmitted at 0.2 s, 0.8 s and 1.0 s) or OPTIONS over TCP (35852...; no
 * retransmission, waits 0.9 s), then the application answers 200. Printed: what the client
 * receives after each step.
 *  - UDP: a retransmission gets "100 Trying" once T2/2 passed (not the one at 0.2 s);
 *  - TCP: timer N1 sends "100 Trying" T2/2 after the request;
 *  - both need the transaction's own switch too: on by default in 1.12.11, off in the
 *    fork (1.13: c-tests/nta_extra_100.1.13.expected), so there only transactions given
 *    NTATAG_EXTRA_100(1) get it; with the agent's switch off, none does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_time.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/nta_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>

#include "udp_sock.h"

static su_root_t *root;
static nta_agent_t *agent;
static nta_incoming_t *irq;
static int irq_mode = -1;	/* NTATAG_EXTRA_100(x) given to the transaction, -1 none */
static int n_case;

static int leg_cb(nta_leg_magic_t *m, nta_leg_t *leg, nta_incoming_t *i, sip_t const *sip)
{
  if (irq_mode >= 0)
    printf("  nta_incoming_set_params(NTATAG_EXTRA_100(%d)) -> %d\n", irq_mode,
           nta_incoming_set_params(i, NTATAG_EXTRA_100(irq_mode), TAG_END()));
  irq = i;
  return 0;
}

/* Runs the loop for ms milliseconds and prints the start lines s receives. */
static void collect(int s, int ms, char const *when)
{
  char buf[8192];
  int got = 0;
  su_time_t end = su_time_add(su_now(), ms);
  while (su_time_cmp(su_now(), end) < 0) {
    struct pollfd p = { s, POLLIN, 0 };
    su_root_step(root, 5);
    if (poll(&p, 1, 5) > 0) {
      int n = recv(s, buf, sizeof buf - 1, 0);
      char *l;
      if (n <= 0)
        break;
      buf[n] = 0;
      for (l = buf; (l = strstr(l, "SIP/2.0 ")); l += 8)
        if (l == buf || l[-1] == '\n') {
          printf("  %s: got %.*s\n", when, (int)strcspn(l, "\r"), l);
          got++;
        }
    }
  }
  if (!got && s >= 0)
    printf("  %s: nothing\n", when);
}

static int request(char *buf, size_t size, char const *method, char const *proto, int port)
{
  return snprintf(buf, size,
                  "%s sip:x@127.0.0.1:35850 SIP/2.0\r\n"
                  "Via: SIP/2.0/%s 127.0.0.1:%d;branch=z9hG4bK-extra100-%d\r\n"
                  "Max-Forwards: 70\r\n"
                  "From: <sip:c@127.0.0.1>;tag=c%d\r\n"
                  "To: <sip:x@127.0.0.1>\r\n"
                  "Call-ID: extra100-%d@127.0.0.1\r\n"
                  "CSeq: 1 %s\r\n"
                  "Content-Length: 0\r\n\r\n",
                  method, proto, port, n_case, n_case, n_case, method);
}

static void answer(int s)
{
  if (!irq) {
    printf("  no transaction\n");
    return;
  }
  nta_incoming_treply(irq, 200, "OK", TAG_END());
  nta_incoming_destroy(irq);
  irq = NULL;
  collect(s, 200, "after 200");
}

static void udp_case(int cli, char const *title, int mode)
{
  char req[1024];
  int n;
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(35850);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  n_case++, irq_mode = mode;
  printf("%s\n", title);
  n = request(req, sizeof req, "MESSAGE", "UDP", 35851);
  sendto(cli, req, n, 0, (struct sockaddr *)&to, sizeof to);
  collect(cli, 200, "sent");
  sendto(cli, req, n, 0, (struct sockaddr *)&to, sizeof to);
  collect(cli, 600, "retransmitted at 0.2 s");
  sendto(cli, req, n, 0, (struct sockaddr *)&to, sizeof to);
  collect(cli, 200, "retransmitted at 0.8 s");
  sendto(cli, req, n, 0, (struct sockaddr *)&to, sizeof to);
  collect(cli, 200, "retransmitted at 1.0 s");
  answer(cli);
}

static void tcp_case(int port, char const *title, int mode)
{
  char req[1024];
  int n, s, one = 1;
  struct sockaddr_in sin;
  n_case++, irq_mode = mode;
  printf("%s\n", title);
  s = socket(AF_INET, SOCK_STREAM, 0);
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sin.sin_port = htons(port);
  if (bind(s, (struct sockaddr *)&sin, sizeof sin) < 0) {
    perror("bind");
    exit(2);
  }
  sin.sin_port = htons(35850);
  if (connect(s, (struct sockaddr *)&sin, sizeof sin) < 0) {
    perror("connect");
    exit(2);
  }
  n = request(req, sizeof req, "OPTIONS", "TCP", port);
  if (write(s, req, n) != n)
    printf("  short write\n");
  collect(s, 900, "sent, 0.9 s");
  answer(s);
  close(s);
  collect(-1, 50, "closed");
}

int main(void)
{
  int cli;
  nta_leg_t *leg;
  su_init();
  root = su_root_create(NULL);
  cli = udp(35851);
  agent = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:35850"), NULL, NULL,
                           NTATAG_EXTRA_100(1), NTATAG_SIP_T2(1000), TAG_END());
  if (!agent)
    return 1;
  leg = nta_leg_tcreate(agent, leg_cb, NULL, NTATAG_NO_DIALOG(1), TAG_END());
  printf("nta_incoming_set_params(NULL) -> %d\n",
         nta_incoming_set_params(NULL, NTATAG_EXTRA_100(1), TAG_END()));

  udp_case(cli, "UDP, agent on, transaction default", -1);
  udp_case(cli, "UDP, agent on, transaction on", 1);
  udp_case(cli, "UDP, agent on, transaction off", 0);
  tcp_case(35852, "TCP, agent on, transaction default", -1);
  tcp_case(35853, "TCP, agent on, transaction on", 1);
  tcp_case(35854, "TCP, agent on, transaction off", 0);

  printf("nta_agent_set_params(NTATAG_EXTRA_100(0)) -> %d\n",
         nta_agent_set_params(agent, NTATAG_EXTRA_100(0), TAG_END()));
  udp_case(cli, "UDP, agent off, transaction on", 1);
  tcp_case(35855, "TCP, agent off, transaction on", 1);

  nta_leg_destroy(leg);
  nta_agent_destroy(agent);
  close(cli);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
