/* CVE-2022-47516 (GHSA-h94r-c3pv-4564, drachtio-server #244): a stray response reached the
 * agent's message callback, which forwarded it with nta_msg_tsend(); no transport could be
 * chosen for its Via and the transport layer asserted on a NULL transport.
 * An agent bound on UDP only (127.0.0.1:35365) gets responses nobody asked for from a bare
 * UDP socket (35366); its callback forwards each with nta_msg_tsend(). A next Via that
 * cannot be used (a host that does not resolve, an unknown transport, a transport the
 * agent lacks, no Via left after ours is popped, IPv6 for an agent without it) must give -1, not
 * an abort; a usable one (back to 35367) gives 0 and arrives. */
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
#include <sofia-sip/nta.h>
#include <sofia-sip/nta_stateless.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/url.h>

#include "udp_sock.h"

static int calls;

static int agent_cb(nta_agent_magic_t *m, nta_agent_t *agent, msg_t *msg, sip_t *sip)
{
  int rv, status;
  calls++;
  if (!sip->sip_status) {
    nta_msg_discard(agent, msg);
    return 0;
  }
  status = sip->sip_status->st_status;	/* msg and sip are gone after the call */
  rv = nta_msg_tsend(agent, msg, NULL, TAG_END());
  printf("  callback: %d response, nta_msg_tsend() -> %d\n", status, rv);
  return 0;
}

int main(void)
{
  static char const *const next_via[] = {
    "SIP/2.0/UDP nonexistent.invalid:5060;branch=z9hG4bK-n1",
    "SIP/2.0/FOO 127.0.0.1:35367;branch=z9hG4bK-n2",
    "SIP/2.0/TCP 127.0.0.1:35367;branch=z9hG4bK-n3",
    NULL,	/* only the agent's Via */
    "SIP/2.0/UDP [::1]:35367;branch=z9hG4bK-n5",	/* the agent has no IPv6 */
    "SIP/2.0/UDP 127.0.0.1:35367;branch=z9hG4bK-n6",
  };
  su_root_t *root;
  nta_agent_t *a;
  int peer, back, i, j;
  char buf[2048];

  su_init();
  root = su_root_create(NULL);
  peer = udp(35366);
  back = udp(35367);
  a = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:35365;transport=udp"), agent_cb, NULL,
                       TAG_END());
  if (!a) {
    printf("agent failed\n");
    return 1;
  }
  for (i = 0; i < (int)(sizeof next_via / sizeof next_via[0]); i++) {
    struct sockaddr_in to;
    int n, before = calls;
    printf("next Via: %s\n", next_via[i] ? next_via[i] : "(none)");
    n = snprintf(buf, sizeof buf,
      "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:35365;branch=z9hG4bK-stray%d\r\n"
      "%s%s%sFrom: <sip:c@127.0.0.1>;tag=c1\r\nTo: <sip:s@127.0.0.1>;tag=s1\r\n"
      "Call-ID: cve-%d@test\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n",
      i, next_via[i] ? "Via: " : "", next_via[i] ? next_via[i] : "", next_via[i] ? "\r\n" : "", i);
    memset(&to, 0, sizeof to);
    to.sin_family = AF_INET;
    to.sin_port = htons(35365);
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sendto(peer, buf, n, 0, (struct sockaddr *)&to, sizeof to);
    for (j = 0; j < 100 && calls == before; j++)
      su_root_step(root, 10);
    if (calls == before)
      printf("  callback not called\n");
    for (j = 0; j < 20; j++) {
      struct pollfd p = { back, POLLIN, 0 };
      su_root_step(root, 5);
      if (poll(&p, 1, 5) > 0) {
        n = recv(back, buf, sizeof buf - 1, 0);
        if (n > 0) {
          buf[n] = 0;
          printf("  forwarded: %.*s, %s\n", (int)strcspn(buf, "\r"), buf,
                 strstr(buf, "z9hG4bK-stray") ? "agent's Via kept" : "agent's Via popped");
        }
        break;
      }
    }
  }
  printf("the agent is alive\n");
  nta_agent_destroy(a);
  close(peer);
  close(back);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
