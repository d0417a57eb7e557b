/* sofia-rs-test: ours-only
 * sofia-rs-test: tls-crypto
 * NTATAG_TLS_ORQ_CONNECT_TIMEOUT (a tag of the 1.13 fork): an agent (sips:127.0.0.1:35876,
 * timer F 3 s) sends OPTIONS to sips:127.0.0.1:35877, a TCP listener that accepts and never
 * answers the TLS handshake. The tag is taken by nta_agent_create(), nta_agent_set_params()
 * and nta_outgoing_tcreate(); with one target only, timer N3 has nowhere else to send the
 * request, which then ends at timer F with 408 (the fork would queue it on that connection
 * again and restart timer F: docs/deviations.md). The failover to a next target when N3
 * fires is in tests/nta_dns.rs (it needs a DNS server). Compared with
 * c-tests/nta_tls_orq_connect_timeout.1.13.expected; the 1.12 flavour has no such tag. */
#include <stdio.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/nta_tag.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/tport_tag.h>

#ifdef SOFIA_RS_ABI_1_12
int main(void)
{
  printf("NTATAG_TLS_ORQ_CONNECT_TIMEOUT: not in the 1.12 API\n");
  return 0;
}
#else
#include <poll.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include "tls_cert.h"

static int final_status;

static int response_cb(nta_outgoing_magic_t *m, nta_outgoing_t *orq, sip_t const *sip)
{
  int status = sip ? sip->sip_status->st_status : 0;
  if (status >= 200)
    final_status = status;
  return 0;
}

static int listener(int port)
{
  struct sockaddr_in sin;
  int one = 1, s = socket(AF_INET, SOCK_STREAM, 0);
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  sin.sin_port = htons(port);
  sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(s, (struct sockaddr *)&sin, sizeof sin) < 0 || listen(s, 4) < 0) {
    perror("listen");
    exit(2);
  }
  return s;
}

int main(void)
{
  char certdir[64];
  su_root_t *root;
  nta_agent_t *agent;
  nta_leg_t *leg;
  nta_outgoing_t *orq;
  int l, c = -1, i, hello = 0;
  su_time_t t0;
  double took;

  su_init();
  root = su_root_create(NULL);
  if (cert_dir_make(certdir, "/tmp/nta_tls_orq.XXXXXX") < 0)
    return 1;
  l = listener(35877);
  agent = nta_agent_create(root, URL_STRING_MAKE("sips:127.0.0.1:35876"), NULL, NULL,
                           TPTAG_CERTIFICATE(certdir), NTATAG_SIP_T1X64(3000),
                           NTATAG_TLS_ORQ_CONNECT_TIMEOUT(500), TAG_END());
  if (!agent)
    return 1;
  printf("nta_agent_set_params(NTATAG_TLS_ORQ_CONNECT_TIMEOUT(1000)) -> %d\n",
         nta_agent_set_params(agent, NTATAG_TLS_ORQ_CONNECT_TIMEOUT(1000), TAG_END()));
  leg = nta_leg_tcreate(agent, NULL, NULL, SIPTAG_FROM_STR("<sips:a@127.0.0.1>"),
                        SIPTAG_TO_STR("<sips:b@127.0.0.1>"), TAG_END());
  t0 = su_now();
  orq = nta_outgoing_tcreate(leg, response_cb, NULL, NULL, SIP_METHOD_OPTIONS,
                             URL_STRING_MAKE("sips:b@127.0.0.1:35877"),
                             NTATAG_TLS_ORQ_CONNECT_TIMEOUT(1200), TAG_END());
  printf("request: %s\n", orq ? "made" : "NULL");
  for (i = 0; i < 1000 && !final_status; i++) {
    struct pollfd p[1] = { { c < 0 ? l : c, POLLIN, 0 } };
    su_root_step(root, 10);
    if (poll(p, 1, 0) > 0) {
      if (c < 0) {
        c = accept(l, NULL, NULL);
        printf("the listener accepted a connection\n");
      }
      else if (!hello) {
        unsigned char b[1];
        hello = 1;
        printf("it got %s\n", recv(c, b, 1, MSG_PEEK) == 1 && b[0] == 0x16 ? "a TLS handshake record" : "something else");
      }
    }
  }
  took = su_time_diff(su_now(), t0);
  printf("final status %d, %s\n", final_status,
         took >= 2.9 ? "at timer F (no other target)" : "before timer F");
  nta_outgoing_destroy(orq);
  nta_leg_destroy(leg);
  nta_agent_destroy(agent);
  if (c >= 0)
    close(c);
  close(l);
  su_root_destroy(root);
  su_deinit();
  cert_dir_remove(certdir);
  return final_status == 408 ? 0 : 1;
}
#endif
