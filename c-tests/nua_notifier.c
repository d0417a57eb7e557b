/* nua's event server: nua_notifier(), nua_authorize(), nua_terminate(). B (127.0.0.1:35198)
 * first calls nua_terminate() and nua_authorize() with no event server, and nua_notifier()
 * without an Event, then creates the server for "presence" at sip:pres@127.0.0.1:35198
 * with NUTAG_SUBSTATE(pending) (new watchers wait for authorization) and a first state.
 * A (35197) subscribes; B is told with nua_i_subscription (pending, NEATAG_SUB) and
 * authorizes the watcher (NUTAG_SUBSTATE(active)) and publishes a new state with
 * nua_notifier(); A gets both in one NOTIFY once Sofia's 5 s throttle allows; B ends
 * the server with nua_terminate() and A gets the final NOTIFY. Stack in its own thread,
 * then in the application's. Each agent's trace: event, status, phrase, handle, message
 * (method or status, Event, Subscription-State, Expires, Content-Type, body), tag names
 * and NUTAG_SUBSTATE. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/nea_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#include "nua_trace.h"
#include "nua_sub_trace.h"

#define URL_A "sip:127.0.0.1:35197"
#define URL_B "sip:127.0.0.1:35198"
#define PRES "sip:pres@127.0.0.1:35198"
#define CT "application/pidf+xml"

static nua_handle_t *ha, *hn;
static int step, ends;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;
  void *sub;
  int substate = out_sub_event(a, event, status, phrase,
                               nh == NULL ? "null" : nh == ha ? "ha" : nh == hn ? "hn" : "other", sip, tags, &sub);

  switch (event) {
  case nua_r_terminate:
    if (step == 0) {
      step = 1;
      nua_authorize(hn, NUTAG_SUBSTATE(nua_substate_active), TAG_END());
    } else if (++ends == 2) {
      nua_shutdown(A.nua);
      nua_shutdown(B.nua);
    }
    break;
  case nua_r_authorize:
    if (step == 1) {
      step = 2;
      nua_notifier(hn, NUTAG_URL(PRES), SIPTAG_CONTENT_TYPE_STR(CT), SIPTAG_PAYLOAD_STR("none"), TAG_END());
    } else if (step == 4 && status == 200) {
      /* The watcher's last NOTIFY was moments ago: the new state and content wait for
         the throttle (5 s) and go together. */
      step = 5;
      nua_notifier(hn, SIPTAG_EVENT_STR("presence"), SIPTAG_CONTENT_TYPE_STR(CT),
                   SIPTAG_PAYLOAD_STR("two"), TAG_END());
    }
    break;
  case nua_r_notifier:
    if (step == 2) {
      step = 3;
      nua_notifier(hn, NUTAG_URL(PRES), SIPTAG_EVENT_STR("presence"), SIPTAG_CONTENT_TYPE_STR(CT),
                   SIPTAG_PAYLOAD_STR("one"), NUTAG_SUBSTATE(nua_substate_pending), TAG_END());
    } else if (step == 3) {
      step = 4;
      ha = nua_handle(A.nua, NULL, SIPTAG_TO_STR(PRES), TAG_END());
      nua_subscribe(ha, SIPTAG_EVENT_STR("presence"), SIPTAG_ACCEPT_STR(CT), TAG_END());
    }
    break;
  case nua_i_subscription:
    if (sub && substate == nua_substate_pending)
      nua_authorize(hn, NEATAG_SUB(sub), NUTAG_SUBSTATE(nua_substate_active), TAG_END());
    break;
  case nua_i_notify:
    if (sip && sip->sip_payload && sip->sip_payload->pl_len == 3 &&
               memcmp(sip->sip_payload->pl_data, "two", 3) == 0 && step == 5) {
      step = 6;
      nua_terminate(hn, TAG_END());
    } else if (substate == nua_substate_terminated && ++ends == 2) {
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
  step = ends = 0;
  A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(URL_A), TAG_END());
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(URL_B), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  hn = nua_handle(B.nua, NULL, TAG_END());
  nua_terminate(hn, TAG_END());

  deadline = su_now();
  deadline.tv_sec += 10;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);

  printf("--- A (%s)\n%s", threading ? "threaded" : "single thread", A.trace);
  printf("--- B\n%s", B.trace);
  printf("done: %d\n", done);
  nua_handle_destroy(ha);
  nua_handle_destroy(hn);
  ha = hn = NULL;
  if (done) {
    nua_destroy(A.nua);
    nua_destroy(B.nua);
  }
  su_root_destroy(root);
  return done ? 0 : 1;
}
