/* nua_prack(): the application sends the PRACK. A (127.0.0.1:35194) has PRACK in its
 * NUTAG_APPL_METHOD, so its stack does not acknowledge reliable provisional responses
 * itself. First A calls nua_prack() on a handle without a call. Then A calls B (35195);
 * B answers 183 with SDP, sent reliably (NUTAG_EARLY_ANSWER(1)); A answers it with
 * nua_prack(SIPTAG_RACK_STR(...)) made from the 183's RSeq and CSeq; B answers the
 * INVITE 200 once the PRACK came; A hangs up. Run with the stack in its own thread, then
 * in the application's. Each agent's trace: event, status, phrase, handle, the message,
 * call state, offer/answer flags, the names of the tags. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#include "nua_trace.h"

#define URL_A "sip:127.0.0.1:35194"
#define URL_B "sip:127.0.0.1:35195"

#define SDP_A "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 5004 RTP/AVP 0 8\r\n"
#define SDP_B "v=0\r\no=b 2 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 6004 RTP/AVP 8 0\r\n"

static nua_handle_t *h0;  /* A's handle without a call */
static nua_handle_t *ha;  /* A's call */
static nua_handle_t *hb;  /* B's call */

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;
  tagi_t const *t;
  int state = -1, offer_sent = 0, offer_recv = 0, answer_sent = 0, answer_recv = 0;

  out(a, "%s %d %s nh=%s", nua_event_name(event), status, phrase ? phrase : "(null)",
      nh == NULL ? "null" : nh == h0 ? "h0" : (nh == ha || nh == hb) ? "call" : "other");
  if (sip) {
    if (sip->sip_request)
      out(a, " req=%s", sip->sip_request->rq_method_name);
    if (sip->sip_status)
      out(a, " resp=%d", sip->sip_status->st_status);
    if (sip->sip_cseq)
      out(a, " cseq=%s", sip->sip_cseq->cs_method_name);
    if (sip->sip_rseq)
      out(a, " rseq");
    if (sip->sip_rack)
      out(a, " rack=%s", sip->sip_rack->ra_method_name);
    if (sip->sip_content_type)
      out(a, " ct=%s", sip->sip_content_type->c_type);
  }
  tl_gets(tags, NUTAG_CALLSTATE_REF(state), NUTAG_OFFER_SENT_REF(offer_sent),
          NUTAG_OFFER_RECV_REF(offer_recv), NUTAG_ANSWER_SENT_REF(answer_sent),
          NUTAG_ANSWER_RECV_REF(answer_recv), TAG_END());
  if (state >= 0)
    out(a, " state=%s", nua_callstate_name(state));
  if (offer_sent) out(a, " offer_sent");
  if (offer_recv) out(a, " offer_recv");
  if (answer_sent) out(a, " answer_sent");
  if (answer_recv) out(a, " answer_recv");
  out(a, " tags:");
  for (t = tags; t && t->t_tag; t = tl_next(t))
    out(a, " %s", t->t_tag->tt_name);
  out(a, "\n");

  switch (event) {
  case nua_r_prack:
    if (nh == h0) {
      ha = nua_handle(A.nua, NULL, SIPTAG_TO_STR(URL_B), TAG_END());
      nua_invite(ha, SOATAG_USER_SDP_STR(SDP_A), TAG_END());
    }
    break;
  case nua_i_invite:
    hb = nh;
    nua_respond(nh, SIP_183_SESSION_PROGRESS, SOATAG_USER_SDP_STR(SDP_B), NUTAG_EARLY_ANSWER(1), TAG_END());
    break;
  case nua_i_prack:
    nua_respond(hb, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_B), TAG_END());
    break;
  case nua_r_invite:
    if (status == 183 && sip && sip->sip_rseq && sip->sip_cseq) {
      char rack[64];
      snprintf(rack, sizeof rack, "%u %u INVITE", (unsigned)sip->sip_rseq->rs_response,
               (unsigned)sip->sip_cseq->cs_seq);
      nua_prack(nh, SIPTAG_RACK_STR(rack), TAG_END());
    }
    break;
  case nua_i_state:
    if (state == nua_callstate_ready && a == &A)
      nua_bye(nh, TAG_END());
    break;
  case nua_i_terminated:
    if (a == &A) {
      nua_shutdown(A.nua);
      nua_shutdown(B.nua);
    }
    break;
  case nua_r_shutdown:
    if (status >= 200)
      agent_down(a);
    break;
  default:
    break;
  }
}

static int run(int threading)
{
  su_time_t deadline;
  if (!run_root(threading))
    return 1;
  A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(URL_A),
                     NUTAG_APPL_METHOD("PRACK"), TAG_END());
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(URL_B), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  h0 = nua_handle(A.nua, NULL, SIPTAG_TO_STR(URL_B), TAG_END());
  nua_prack(h0, SIPTAG_RACK_STR("1 1 INVITE"), TAG_END());

  deadline = su_now();
  deadline.tv_sec += 10;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);

  printf("--- A (%s)\n%s", threading ? "threaded" : "single thread", A.trace);
  printf("--- B\n%s", B.trace);
  printf("done: %d\n", done);
  nua_handle_destroy(h0);
  nua_handle_destroy(ha);
  nua_handle_destroy(hb);
  h0 = ha = hb = NULL;
  if (done) {
    nua_destroy(A.nua);
    nua_destroy(B.nua);
  }
  su_root_destroy(root);
  return done ? 0 : 1;
}
