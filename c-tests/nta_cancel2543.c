/* nta: CANCEL of an INVITE that has no provisional response yet, with and without
 * NTATAG_CANCEL_2543. The client agent (127.0.0.1:35180, made again for each case) sends
 * an INVITE to a bare UDP socket (127.0.0.1:35182) that never answers, and cancels it at
 * once. RFC 3261 §9.1: the CANCEL waits for a provisional response; with
 * NTATAG_CANCEL_2543(1) (RFC 2543 semantics, Janus turns it on) the CANCEL goes out at
 * once and the INVITE ends with a local 487. Printed for 300 ms: what the INVITE's
 * callback got and which requests the socket got. */
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
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/url.h>

#include "udp_sock.h"

static int invite_cb(nta_outgoing_magic_t *m, nta_outgoing_t *orq, sip_t const *sip)
{
  printf("  INVITE callback: %d\n", sip && sip->sip_status ? (int)sip->sip_status->st_status
                                                           : nta_outgoing_status(orq));
  return 0;
}

static void one(su_root_t *root, int c2543, int port)
{
  char url[64], buf[4096];
  int s = udp(35182), i, n;
  nta_agent_t *a;
  nta_leg_t *leg;
  nta_outgoing_t *orq, *cancel;
  snprintf(url, sizeof url, "sip:127.0.0.1:%d", port);
  a = nta_agent_create(root, (url_string_t *)url, NULL, NULL, NTATAG_CANCEL_2543(c2543),
                       TAG_END());
  leg = a ? nta_leg_tcreate(a, NULL, NULL, SIPTAG_FROM_STR("<sip:a@127.0.0.1>;tag=a1"),
                            SIPTAG_TO_STR("<sip:b@127.0.0.1>"), TAG_END()) : NULL;
  printf("NTATAG_CANCEL_2543(%d):\n", c2543);
  if (!leg) {
    printf("  agent failed\n");
    exit(1);
  }
  orq = nta_outgoing_tcreate(leg, invite_cb, NULL, NULL, SIP_METHOD_INVITE,
                             URL_STRING_MAKE("sip:b@127.0.0.1:35182"),
                             SIPTAG_CONTACT_STR("<sip:a@127.0.0.1>"), TAG_END());
  cancel = orq ? nta_outgoing_tcancel(orq, NULL, NULL, TAG_END()) : NULL;
  printf("  cancel: %s\n", cancel ? "made" : "NULL");
  for (i = 0; i < 30; i++) {
    struct pollfd p = { s, POLLIN, 0 };
    su_root_step(root, 5);
    while (poll(&p, 1, 5) > 0 && (n = recv(s, buf, sizeof buf - 1, 0)) > 0) {
      buf[n] = 0;
      printf("  socket got %.*s\n", (int)strcspn(buf, " "), buf);
    }
  }
  if (cancel)
    nta_outgoing_destroy(cancel);
  if (orq)
    nta_outgoing_destroy(orq);
  nta_leg_destroy(leg);
  nta_agent_destroy(a);
  close(s);
}

int main(void)
{
  su_root_t *root;
  su_init();
  root = su_root_create(NULL);
  one(root, 0, 35180);
  one(root, 1, 35180);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
