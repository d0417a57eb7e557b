/* nua: a final response with Retry-After to a request of ours. A (127.0.0.1:35805) sends
 * to a bare UDP peer (35806) that answers the first REGISTER 503 with Retry-After: 1 and
 * the next 200; then the first MESSAGE 486 with Retry-After: 1 and the next 200 (1.12.11:
 * only 5xx are retried, the fork retries 486); then a MESSAGE 503 with Retry-After: 3600
 * (too long for both); then a MESSAGE 500 with Retry-After: 1 every time (three retries,
 * then the 500 is reported). In the fork's flavour (NUTAG_RETRY_AFTER_ENABLE),
 * also a MESSAGE of a handle with NUTAG_RETRY_AFTER_ENABLE(0) answered 503 with
 * Retry-After: 1. The peer's view and A's events are printed separately. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#include "sip_peer.h"
#include "peer_run.h"

static struct trace ev, peer;
static int sock, mode, count;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if (shutdown_event(event, status))
    return;
  trace(&ev, "A: %s %d %s\n", nua_event_name(event), status, phrase);
}

static void serve(int s)
{
  char buf[8192], cseq[100];
  struct sockaddr_in from;
  socklen_t flen = sizeof from;
  int n = recvfrom(s, buf, sizeof buf - 1, 0, (struct sockaddr *)&from, &flen);
  if (n <= 0)
    return;
  buf[n] = 0;
  sip_value(buf, "\r\nCSeq:", cseq, sizeof cseq);
  trace(&peer, "peer: %.*s (CSeq %s)\n", (int)strcspn(buf, "\r"), buf, strchr(cseq, ' ') ? strchr(cseq, ' ') + 1 : cseq);
  count++;
  switch (mode) {
  case 1: /* once 503 Retry-After: 1, then 200 */
    if (count == 1)
      sip_answer(s, buf, &from, flen, 503, "Service Unavailable", "p", "\r\nRetry-After: 1");
    else
      sip_answer(s, buf, &from, flen, 200, "OK", "p", "\r\nContact: <sip:alice@127.0.0.1:35805>;expires=600");
    break;
  case 2: /* once 486 Retry-After: 1, then 200 */
    if (count == 1)
      sip_answer(s, buf, &from, flen, 486, "Busy Here", "p", "\r\nRetry-After: 1");
    else
      sip_answer(s, buf, &from, flen, 200, "OK", "p", NULL);
    break;
  case 3:
    sip_answer(s, buf, &from, flen, 503, "Service Unavailable", "p", "\r\nRetry-After: 3600");
    break;
  case 4:
    sip_answer(s, buf, &from, flen, 500, "Server Error", "p", "\r\nRetry-After: 1");
    break;
  default:
    sip_answer(s, buf, &from, flen, 503, "Service Unavailable", "p", "\r\nRetry-After: 1");
  }
}

static void step(int m, char const *what)
{
  mode = m, count = 0;
  trace(&peer, "-- %s\n", what);
  trace(&ev, "-- %s\n", what);
}

static nua_handle_t *message(nua_t *A, int ms)
{
  nua_handle_t *h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:bob@127.0.0.1:35806>"), TAG_END());
  nua_message(h, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("hi"), TAG_END());
  run(sock, ms);
  return h;
}

int main(void)
{
  nua_t *A;
  nua_handle_t *r, *h[5];
  int i;
  su_init();
  root = su_root_create(NULL);
  sock = udp(35806);
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35805"), NUTAG_OUTBOUND("no-validate no-natify"),
                 SIPTAG_FROM_STR("<sip:alice@127.0.0.1:35806>"), TAG_END());
  if (!A)
    exit(1);
  step(1, "1. REGISTER: 503 with Retry-After: 1, then 200");
  r = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:alice@127.0.0.1:35806>"), TAG_END());
  nua_register(r, NUTAG_M_USERNAME("alice"), NUTAG_REGISTRAR("sip:127.0.0.1:35806"), TAG_END());
  run(sock, 1800);
  step(2, "2. MESSAGE: 486 with Retry-After: 1, then 200");
  h[0] = message(A, 1800);
  step(3, "3. MESSAGE: 503 with Retry-After: 3600");
  h[1] = message(A, 600);
  step(4, "4. MESSAGE: 500 with Retry-After: 1 every time");
  h[2] = message(A, 5500);
  h[3] = NULL;
#if defined(NUTAG_RETRY_AFTER_ENABLE) && !defined(SOFIA_RS_ABI_1_12)
  step(5, "5. MESSAGE of a handle with NUTAG_RETRY_AFTER_ENABLE(0): 503 with Retry-After: 1");
  h[3] = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:bob@127.0.0.1:35806>"), NUTAG_RETRY_AFTER_ENABLE(0), TAG_END());
  nua_message(h[3], SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("hi"), TAG_END());
  run(sock, 1500);
#endif
  step(0, "un-REGISTER");
  mode = 1, count = 1;
  nua_unregister(r, TAG_END());
  run(sock, 500);
  for (i = 0; i < 4; i++)
    if (h[i])
      nua_handle_destroy(h[i]);
  nua_handle_destroy(r);
  agent_shutdown(A);
  fputs(peer.text, stdout);
  fputs(ev.text, stdout);
  close(sock);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
