/* nua PUBLISH (RFC 3903): A (127.0.0.1:35320) publishes to B (35321).
 *  1. B allows no PUBLISH: A's PUBLISH gets 405.
 *  2. B allows PUBLISH (NUTAG_ALLOW) but no event package: 501.
 *  3. B allows "presence" (NUTAG_ALLOW_EVENTS); A publishes "dialog": 489.
 *  3. A publishes "presence" with a body; B (PUBLISH is in its NUTAG_APPL_METHOD by
 *     default) answers 200 with SIP-ETag e1 and Expires 2. A's stack refreshes (SIP-If-Match
 *     e1, no body); B answers 200 e2, Expires 60. (A 412 to a refresh:
 *     c-tests/nua_publish_412, ours only.)
 *  4. A modifies the publication (nua_publish with a new body: SIP-If-Match e2); B
 *     challenges it (401); A gives credentials (nua_authenticate), the PUBLISH goes again
 *     with them; B answers 200 e3.
 *  5. A unpublishes (Expires 0, SIP-If-Match e3); B answers 200.
 *  6. A subscribes to B's presence (nua_handle_has_subscribe / has_events on both sides),
 *     B accepts and notifies, A unsubscribes.
 *  7. B drops PUBLISH from NUTAG_APPL_METHOD: its stack answers the PUBLISH itself (200
 *     without SIP-ETag and Expires: A reports 900); A removes a publication it does not
 *     have (nua_unpublish with SIPTAG_IF_MATCH_STR on a new handle).
 *  8. B takes PUBLISH again; A publishes (200 e4) and shuts down with the publication
 *     alive: its stack removes it (Expires 0, SIP-If-Match e4); then B shuts down.
 * Both threading modes. Printed per agent: events with status, phrase, the request or
 * response headers of interest, and the has_subscribe / has_events flags of the handle. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#include "nua_trace.h"

#define URL_A "sip:127.0.0.1:35320"
#define URL_B "sip:127.0.0.1:35321"


static nua_handle_t *hpub, *hsub, *hauto, *hfor, *hb;
static int phase, b_publishes, b_notifies;

static void publish_presence(nua_handle_t *nh, char const *body)
{
  nua_publish(nh, SIPTAG_EVENT_STR("presence"), SIPTAG_CONTENT_TYPE_STR("application/pidf+xml"),
              SIPTAG_PAYLOAD_STR(body), SIPTAG_EXPIRES_STR("60"), TAG_END());
}

static void b_actions(nua_event_t event, int status, nua_t *nua, nua_handle_t *nh, sip_t const *sip)
{
  switch (event) {
  case nua_r_set_params:
    if (phase == 7)
      /* B's stack is done with the subscription by now (A's may still hold it: the real
       * library drops it at some point after the final NOTIFY; "after:" shows it gone). */
      out(&B, "after unsubscribe: B events=%d\n", nua_handle_has_events(hb));
    if (phase == 1)
      publish_presence(hpub, "<presence entity=\"a\"/>");
    else if (phase == 2)
      nua_publish(hpub, SIPTAG_EVENT_STR("dialog"), SIPTAG_CONTENT_TYPE_STR("text/plain"),
                  SIPTAG_PAYLOAD_STR("x"), TAG_END());
    else if (phase == 7) {
      hauto = nua_handle(A.nua, (nua_hmagic_t *)"auto", SIPTAG_TO_STR(URL_B), TAG_END());
      publish_presence(hauto, "auto");
    } else if (phase == 8)
      publish_presence(hpub, "again");
    break;
  case nua_i_publish:
    if (status < 200) {
      b_publishes++;
      if (b_publishes == 1)
        nua_respond(nh, SIP_200_OK, NUTAG_WITH_THIS(nua), SIPTAG_ETAG_STR("e1"),
                    SIPTAG_EXPIRES_STR("2"), TAG_END());
      else if (b_publishes == 2)
        nua_respond(nh, SIP_200_OK, NUTAG_WITH_THIS(nua), SIPTAG_ETAG_STR("e2"),
                    SIPTAG_EXPIRES_STR("60"), TAG_END());
      else if (b_publishes == 3)
        nua_respond(nh, SIP_401_UNAUTHORIZED, NUTAG_WITH_THIS(nua),
                    SIPTAG_WWW_AUTHENTICATE_STR("Digest realm=\"test\", nonce=\"4b1d\", algorithm=MD5"),
                    TAG_END());
      else if (b_publishes == 4)
        nua_respond(nh, SIP_200_OK, NUTAG_WITH_THIS(nua), SIPTAG_ETAG_STR("e3"),
                    SIPTAG_EXPIRES_STR("60"), TAG_END());
      else if (phase == 8 && sip && sip->sip_payload)
        nua_respond(nh, SIP_200_OK, NUTAG_WITH_THIS(nua), SIPTAG_ETAG_STR("e4"),
                    SIPTAG_EXPIRES_STR("60"), TAG_END());
      else
        nua_respond(nh, SIP_200_OK, NUTAG_WITH_THIS(nua), SIPTAG_ETAG_STR("e3"),
                    SIPTAG_EXPIRES_STR("0"), TAG_END());
    }
    nua_handle_destroy(nh);
    break;
  case nua_r_notify:
    if (b_notifies == 2) {
      phase = 7;
      nua_set_params(B.nua, NUTAG_APPL_METHOD(NULL), TAG_END());
    }
    break;
  case nua_i_subscribe:
    if (status < 200) {
      hb = nh;
      nua_respond(nh, SIP_202_ACCEPTED, NUTAG_WITH_THIS(nua), TAG_END());
      nua_notify(nh, NUTAG_SUBSTATE(nua_substate_active),
                 SIPTAG_CONTENT_TYPE_STR("application/pidf+xml"),
                 SIPTAG_PAYLOAD_STR("<presence entity=\"b\"/>"), TAG_END());
    }
    break;
  default:
    break;
  }
}

static void a_actions(nua_event_t event, int status, nua_t *nua, nua_handle_t *nh, sip_t const *sip)
{
  switch (event) {
  case nua_r_publish:
    if (nh == hpub && phase == 0 && status >= 200) {
      phase = 1;
      nua_set_params(B.nua, NUTAG_ALLOW("PUBLISH"), TAG_END());
    } else if (nh == hpub && phase == 1 && status >= 200) {
      phase = 2;
      nua_set_params(B.nua, NUTAG_ALLOW_EVENTS("presence"), TAG_END());
    } else if (nh == hpub && phase == 2 && status >= 200) {
      phase = 3;
      publish_presence(hpub, "<presence entity=\"a\"/>");
    } else if (nh == hpub && phase == 3 && status >= 200 && b_publishes == 2) {
      phase = 4;
      nua_publish(hpub, SIPTAG_EVENT_STR("presence"), SIPTAG_CONTENT_TYPE_STR("application/pidf+xml"),
                  SIPTAG_PAYLOAD_STR("<presence entity=\"a\">busy</presence>"), SIPTAG_EXPIRES_STR("60"),
                  TAG_END());
    } else if (nh == hpub && phase == 4 && status == 401) {
      nua_authenticate(hpub, NUTAG_AUTH("Digest:\"test\":alice:secret"), TAG_END());
    } else if (nh == hpub && phase == 4 && status >= 200) {
      phase = 5;
      nua_unpublish(hpub, TAG_END());
    } else if (nh == hauto && status >= 200) {
      hfor = nua_handle(A.nua, (nua_hmagic_t *)"foreign", SIPTAG_TO_STR(URL_B), TAG_END());
      nua_unpublish(hfor, SIPTAG_EVENT_STR("presence"), SIPTAG_IF_MATCH_STR("f00"), TAG_END());
    } else if (nh == hpub && phase == 8 && status == 200) {
      phase = 9;
      nua_shutdown(A.nua);
    }
    break;
  case nua_r_shutdown:
    if (status >= 200)
      nua_shutdown(B.nua);
    break;
  case nua_r_unpublish:
    if (nh == hfor && status >= 200) {
      phase = 8;
      nua_set_params(B.nua, NUTAG_APPL_METHOD("PUBLISH"), TAG_END());
    } else if (nh == hpub && phase == 5 && status >= 200) {
      phase = 6;
      hsub = nua_handle(A.nua, (nua_hmagic_t *)"sub", SIPTAG_TO_STR(URL_B), TAG_END());
      nua_subscribe(hsub, SIPTAG_EVENT_STR("presence"), SIPTAG_EXPIRES_STR("60"), TAG_END());
    }
    break;
  case nua_i_notify:
    if (nh == hsub && phase == 6 && sip && sip->sip_subscription_state &&
        strcmp(sip->sip_subscription_state->ss_substate, "active") == 0) {
      nua_unsubscribe(hsub, TAG_END());
    }
    break;
  default:
    break;
  }
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;
  /* While a subscription ends, when each stack drops it races with the callbacks (in
   * the real library too): has_events is printed only where it is settled. */
  int settled = !(event == nua_r_unsubscribe || (event == nua_i_subscribe && status >= 200) ||
                  (event == nua_i_notify && sip && sip->sip_subscription_state &&
                   strcmp(sip->sip_subscription_state->ss_substate, "terminated") == 0) ||
                  (event == nua_r_notify && ++b_notifies >= 2));

  out(a, "%s %d %s", nua_event_name(event), status, phrase ? phrase : "(null)");
  if (nh)
    out(a, settled ? " nh=%s sub=%d events=%d" : " nh=%s sub=%d events=-", hmagic ? (char *)hmagic : "new",
        nua_handle_has_subscribe(nh), nua_handle_has_events(nh));
  if (sip) {
    if (sip->sip_request)
      out(a, " req=%s", sip->sip_request->rq_method_name);
    if (sip->sip_status)
      out(a, " resp=%d", sip->sip_status->st_status);
    if (sip->sip_event)
      out(a, " event=%s", sip->sip_event->o_type);
    if (sip->sip_expires)
      out(a, " expires=%lu", (unsigned long)sip->sip_expires->ex_delta);
    if (sip->sip_etag)
      out(a, " etag=%s", sip->sip_etag->g_value);
    if (sip->sip_if_match)
      out(a, " if-match=%s", sip->sip_if_match->g_value);
    if (sip->sip_authorization)
      out(a, " authorization=%s", sip->sip_authorization->au_scheme);
    if (sip->sip_www_authenticate)
      out(a, " www-authenticate=%s", sip->sip_www_authenticate->au_scheme);
    if (sip->sip_allow_events)
      out(a, " allow-events=%s", sip->sip_allow_events->k_items && sip->sip_allow_events->k_items[0]
          ? sip->sip_allow_events->k_items[0] : "-");
    if (sip->sip_subscription_state)
      out(a, " subscription-state=%s", sip->sip_subscription_state->ss_substate);
    if (sip->sip_content_type)
      out(a, " ct=%s", sip->sip_content_type->c_type);
    if (sip->sip_payload)
      out(a, " body=[%.*s]", (int)sip->sip_payload->pl_len, sip->sip_payload->pl_data);
  }
  out(a, "\n");

  if (a == &B)
    b_actions(event, status, nua, nh, sip);
  else
    a_actions(event, status, nua, nh, sip);

  if (event == nua_r_shutdown && status >= 200) {
    agent_down(a);
  }
}

static int run(int threading)
{
  su_time_t deadline;
  if (!run_root(threading))
    return 1;
  phase = b_publishes = b_notifies = 0;
  hb = NULL;
  A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(URL_A), TAG_END());
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(URL_B), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  hpub = nua_handle(A.nua, (nua_hmagic_t *)"pub", SIPTAG_TO_STR(URL_B), TAG_END());
  printf("before: sub=%d events=%d\n", nua_handle_has_subscribe(hpub), nua_handle_has_events(hpub));
  publish_presence(hpub, "<presence entity=\"a\"/>");

  deadline = su_now();
  deadline.tv_sec += 20;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);

  printf("--- A (%s)\n%s", threading ? "threaded" : "single thread", A.trace);
  printf("--- B\n%s", B.trace);
  printf("phase: %d, B saw %d PUBLISH, done: %d\n", phase, b_publishes, done);
  printf("after: sub=%d events=%d\n", hsub ? nua_handle_has_subscribe(hsub) : -1,
         hsub ? nua_handle_has_events(hsub) : -1);
  nua_handle_destroy(hpub);
  if (hsub)
    nua_handle_destroy(hsub);
  if (hauto)
    nua_handle_destroy(hauto);
  if (hfor)
    nua_handle_destroy(hfor);
  hpub = hsub = hauto = hfor = hb = NULL;
  if (done) {
    nua_destroy(A.nua);
    nua_destroy(B.nua);
  }
  su_root_destroy(root);
  return done ? 0 : 1;
}
