/* nta: "100 Trying" to INVITE from a plain nta agent (127.0.0.1:35884), as Sofia's timer N1:
 * not at once but 200 ms after the request (UDP) when the application has not answered by
 * then, if the transaction's NTATAG_EXTRA_100 switch is on (on by default in 1.12.11, off
 * in the fork: c-tests/nta_invite_n1.1.13.expected). A bare UDP client (35885) sends an
 * INVITE that the application answers 180 at once, one it answers 180 after 400 ms, and
 * one it answers after 400 ms with NTATAG_EXTRA_100(0) (180, then 200: no retransmissions
 * without NTATAG_UA); printed: what the client receives. */
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
static nta_incoming_t *irq;
static int mode, n_case;

static int leg_cb(nta_leg_magic_t *m, nta_leg_t *leg, nta_incoming_t *i, sip_t const *sip)
{
  if (sip->sip_request->rq_method == sip_method_ack)
    return 0;
  if (mode == 0)
    return 180;
  if (mode == 2)
    nta_incoming_set_params(i, NTATAG_EXTRA_100(0), TAG_END());
  irq = i;
  return 0;
}

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
      if (n <= 0)
        break;
      buf[n] = 0;
      printf("  %s: got %.*s\n", when, (int)strcspn(buf, "\r"), buf);
      got++;
    }
  }
  if (!got)
    printf("  %s: nothing\n", when);
}

static void invite(int cli, char const *title, int m)
{
  char req[1024];
  int n;
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(35884);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  n_case++, mode = m;
  printf("%s\n", title);
  n = snprintf(req, sizeof req,
               "INVITE sip:x@127.0.0.1:35884 SIP/2.0\r\n"
               "Via: SIP/2.0/UDP 127.0.0.1:35885;branch=z9hG4bK-n1-%d\r\n"
               "Max-Forwards: 70\r\n"
               "From: <sip:c@127.0.0.1>;tag=c%d\r\n"
               "To: <sip:x@127.0.0.1>\r\n"
               "Call-ID: n1-%d@127.0.0.1\r\n"
               "CSeq: 1 INVITE\r\n"
               "Contact: <sip:c@127.0.0.1:35885>\r\n"
               "Content-Length: 0\r\n\r\n", n_case, n_case, n_case);
  sendto(cli, req, n, 0, (struct sockaddr *)&to, sizeof to);
  collect(cli, 400, "0.4 s");
  if (irq) {
    nta_incoming_treply(irq, 180, "Ringing", TAG_END());
    collect(cli, 100, "after 180");
    nta_incoming_treply(irq, 200, "OK", TAG_END());
    nta_incoming_destroy(irq);
    irq = NULL;
  }
  collect(cli, 100, "end");
}

int main(void)
{
  int cli;
  nta_agent_t *agent;
  nta_leg_t *leg;
  su_init();
  root = su_root_create(NULL);
  cli = udp(35885);
  agent = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:35884;transport=udp"), NULL, NULL, TAG_END());
  if (!agent)
    return 1;
  leg = nta_leg_tcreate(agent, leg_cb, NULL, NTATAG_NO_DIALOG(1), TAG_END());
  invite(cli, "INVITE answered 180 by the leg callback", 0);
  invite(cli, "INVITE answered after 0.4 s", 1);
  invite(cli, "INVITE answered after 0.4 s, NTATAG_EXTRA_100(0)", 2);
  nta_leg_destroy(leg);
  nta_agent_destroy(agent);
  close(cli);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
