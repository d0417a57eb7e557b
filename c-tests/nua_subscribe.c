/* nua event subscriptions and REFER: A (127.0.0.1:35103) and B (35104).
 *  1. A subscribes to B's "presence" (SIPTAG_EVENT_STR, Expires 60); B accepts with 202
 *     and notifies (NUTAG_SUBSTATE active, a pidf body); A unsubscribes; B's stack ends the
 *     subscription.
 *  2. A calls B; A sends REFER in the call; B's stack accepts it (202) and B notifies the
 *     outcome (message/sipfrag "SIP/2.0 200 OK", subscription terminated); A hangs up.
 * Both threading modes. Printed per agent: events with status, phrase, the request or
 * response, Event / Subscription-State / body, the tags (SIP header tags printed), and
 * nua_handle_has_events() where it is settled. */
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

#define URL_A "sip:127.0.0.1:35103"
#define URL_B "sip:127.0.0.1:35104"

#define SDP_A "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 5004 RTP/AVP 0 8\r\n"
#define SDP_B "v=0\r\no=b 2 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 6004 RTP/AVP 8\r\n"


static nua_handle_t *hsub, *hcall, *hb;
static int phase;


static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;
  tagi_t const *t;
  int state = -1;

  int substate = -1;

  tl_gets(tags, NUTAG_CALLSTATE_REF(state), NUTAG_SUBSTATE_REF(substate), TAG_END());
  if (event == nua_i_active || event == nua_i_state)
    goto actions;
  out(a, "%s %d %s", nua_event_name(event), status, phrase ? phrase : "(null)");
  /* nua_handle_has_events() in the events of a subscription while it is settled: when a
   * stack drops a subscription that ends races with the other agent's callbacks (in the
   * real library too), so not in the events of its end nor in unrelated ones. */
  if (nh && substate != nua_substate_terminated &&
      (event == nua_r_subscribe || event == nua_i_notify || event == nua_r_notify ||
       event == nua_i_refer || (event == nua_r_refer && status < 200) ||
       (event == nua_i_subscribe && !(sip && sip->sip_expires && sip->sip_expires->ex_delta == 0))))
    out(a, " events=%d", nua_handle_has_events(nh));
  if (sip && sip->sip_request)
    out(a, " req=%s", sip->sip_request->rq_method_name);
  if (sip && sip->sip_status)
    out(a, " resp=%d", sip->sip_status->st_status);
  if (sip && sip->sip_event)
    out(a, " event=%s", sip->sip_event->o_type);
  if (sip && sip->sip_subscription_state)
    out(a, " subscription-state=%s", sip->sip_subscription_state->ss_substate);
  if (sip && sip->sip_expires)
    out(a, " expires=%lu", (unsigned long)sip->sip_expires->ex_delta);
  if (sip && sip->sip_refer_to)
    out(a, " refer-to=%s", sip->sip_refer_to->r_url->url_user ? sip->sip_refer_to->r_url->url_user : "?");
  if (sip && sip->sip_payload)
    out(a, " body=[%.*s]", (int)strcspn(sip->sip_payload->pl_data, "\r\n"), sip->sip_payload->pl_data);
  out(a, " tags:");
  for (t = tags; t && t->t_tag; t = tl_next(t)) {
    char buf[160];
    if (t->t_tag == nutag_substate || t->t_tag == nutag_substate_ref)
      out(a, " substate=%ld", (long)t->t_value);
    else if (strncmp(t->t_tag->tt_ns, "sip", 3) == 0 || strcmp(t->t_tag->tt_name, "refer_event") == 0) {
      t_snprintf(t, buf, sizeof buf);
      /* ids of refer events are numbers chosen by the stack */
      out(a, " [%s]", strchr(buf, ';') && strstr(buf, "refer") ? "refer;id=N" : buf);
    } else
      out(a, " %s", t->t_tag->tt_name);
  }
  out(a, "\n");

actions:
  if (a == &B) {
    switch (event) {
    case nua_i_subscribe:
      hb = nh;
      if (status < 200) {
        nua_respond(nh, SIP_202_ACCEPTED, NUTAG_WITH_THIS(nua), TAG_END());
        nua_notify(nh, NUTAG_SUBSTATE(nua_substate_active),
                   SIPTAG_CONTENT_TYPE_STR("application/pidf+xml"),
                   SIPTAG_PAYLOAD_STR("<presence entity=\"b\"/>"), TAG_END());
      }
      break;
    case nua_i_invite:
      hb = nh;
      nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_B), TAG_END());
      break;
    case nua_i_refer:
      nua_notify(nh, NUTAG_SUBSTATE(nua_substate_terminated),
                 SIPTAG_CONTENT_TYPE_STR("message/sipfrag"),
                 SIPTAG_PAYLOAD_STR("SIP/2.0 200 OK"),
                 SIPTAG_EVENT(sip->sip_event), TAG_END());
      break;
    case nua_i_terminated:
      nua_handle_destroy(nh);
      hb = NULL;
      break;
    default:
      break;
    }
  } else {
    switch (event) {
    case nua_i_notify:
      if (nh == hsub && phase == 0 && sip && sip->sip_subscription_state &&
          strcmp(sip->sip_subscription_state->ss_substate, "active") == 0) {
        phase = 1;
        nua_unsubscribe(hsub, TAG_END());
      } else if (nh == hsub && phase == 1 && sip && sip->sip_subscription_state &&
                 strcmp(sip->sip_subscription_state->ss_substate, "terminated") == 0) {
        phase = 2;
        hcall = nua_handle(A.nua, NULL, SIPTAG_TO_STR(URL_B), TAG_END());
        nua_invite(hcall, SOATAG_USER_SDP_STR(SDP_A), TAG_END());
      } else if (nh == hcall && phase == 2 && sip && sip->sip_subscription_state &&
                 strcmp(sip->sip_subscription_state->ss_substate, "terminated") == 0) {
        phase = 3;
        nua_bye(hcall, TAG_END());
      }
      break;
    case nua_i_state:
      if (state == nua_callstate_ready && nh == hcall && phase == 2)
        nua_refer(nh, SIPTAG_REFER_TO_STR("<sip:carol@127.0.0.1:35199>"), TAG_END());
      break;
    case nua_i_terminated:
      nua_shutdown(A.nua);
      nua_shutdown(B.nua);
      break;
    default:
      break;
    }
  }
  if (event == nua_r_shutdown && status >= 200) {
    agent_down(a);
  }
}

static int run(int threading)
{
  su_time_t deadline;
  if (!run_root(threading))
    return 1;
  phase = 0;
  hb = NULL;
  A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(URL_A), TAG_END());
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(URL_B), NUTAG_ALLOW_EVENTS("presence"), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  hsub = nua_handle(A.nua, NULL, SIPTAG_TO_STR(URL_B), TAG_END());
  nua_subscribe(hsub, SIPTAG_EVENT_STR("presence"), SIPTAG_ACCEPT_STR("application/pidf+xml"),
                SIPTAG_EXPIRES_STR("60"), TAG_END());

  deadline = su_now();
  deadline.tv_sec += 20;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);

  printf("--- A (%s)\n%s", threading ? "threaded" : "single thread", A.trace);
  printf("--- B\n%s", B.trace);
  printf("done: %d\n", done);
  nua_handle_destroy(hsub);
  if (hcall)
    nua_handle_destroy(hcall);
  if (hb)
    nua_handle_destroy(hb);
  hsub = hcall = hb = NULL;
  if (done) {
    nua_destroy(A.nua);
    nua_destroy(B.nua);
  }
  su_root_destroy(root);
  return done ? 0 : 1;
}
