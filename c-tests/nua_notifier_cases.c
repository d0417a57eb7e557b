/* nua's event server, the other paths: B (127.0.0.1:35340) serves "presence" at
 * sip:pres@127.0.0.1:35340 with the default NUTAG_SUBSTATE (active). A (35199)
 * subscribes to an unknown event (489), with an Accept B cannot serve (406), then
 * properly: the watcher is active at once (200, NOTIFY active with the content). A
 * un-SUBSCRIBEs: B is told (nua_i_subscription terminated), A gets the last NOTIFY.
 * B then rejects new watchers (NUTAG_SUBSTATE(terminated) given to nua_notifier()): A's
 * next SUBSCRIBE gets 403. B accepts again; A subscribes; B destroys the server's handle
 * (final NOTIFY, noresource); B makes a new server on a new handle; A subscribes; B
 * shuts down with the watcher active (final NOTIFY again), then A. Stack in its own thread, then in
 * the application's. Traces as in nua_notifier.c. */
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

#define URL_A "sip:127.0.0.1:35199"
#define URL_B "sip:127.0.0.1:35340"
#define PRES "sip:pres@127.0.0.1:35340"
#define CT "application/pidf+xml"

static nua_handle_t *ha, *hn;
static int step;

static void subscribe(char const *event, char const *accept)
{
  nua_handle_destroy(ha);
  ha = nua_handle(A.nua, NULL, SIPTAG_TO_STR(PRES), TAG_END());
  nua_subscribe(ha, SIPTAG_EVENT_STR(event), SIPTAG_ACCEPT_STR(accept), TAG_END());
}

static void next(void)
{
  step++;
  out(&A, "## step %d\n", step);
  out(&B, "## step %d\n", step);
  switch (step) {
  case 1: subscribe("dialog", CT); break;
  case 2: subscribe("presence", "text/plain"); break;
  case 3: subscribe("presence", "application/*"); break;
  case 4: nua_unsubscribe(ha, TAG_END()); break;
  case 5:
    nua_notifier(hn, SIPTAG_EVENT_STR("presence"), SIPTAG_CONTENT_TYPE_STR(CT),
                 SIPTAG_PAYLOAD_STR("p1"), NUTAG_SUBSTATE(nua_substate_terminated), TAG_END());
    break;
  case 6: subscribe("presence", CT); break;
  case 7:
    nua_notifier(hn, SIPTAG_EVENT_STR("presence"), SIPTAG_CONTENT_TYPE_STR(CT),
                 SIPTAG_PAYLOAD_STR("p2"), NUTAG_SUBSTATE(nua_substate_active), TAG_END());
    break;
  case 8: subscribe("presence", CT); break;
  case 9:
    /* The server's handle goes: the watcher gets its final NOTIFY. */
    nua_handle_destroy(hn);
    hn = nua_handle(B.nua, NULL, TAG_END());
    break;
  case 10:
    nua_notifier(hn, NUTAG_URL(PRES), SIPTAG_EVENT_STR("presence"), SIPTAG_CONTENT_TYPE_STR(CT),
                 SIPTAG_PAYLOAD_STR("p3"), TAG_END());
    break;
  case 11: subscribe("presence", CT); break;
  case 12: nua_shutdown(B.nua); break;
  }
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;
  void *sub;
  int substate = out_sub_event(a, event, status, phrase,
                               nh == NULL ? "null" : nh == ha ? "ha" : nh == hn ? "hn" : "other", sip, tags, &sub);

  switch (event) {
  case nua_r_notifier:
    next();
    break;
  case nua_r_subscribe:
    if (status >= 300 || ((step == 3 || step == 8 || step == 11) && status >= 200))
      next();
    break;
  case nua_r_unsubscribe:
    if (step == 4 && status >= 200)
      next();
    break;
  case nua_i_notify:
    if (step == 9 && substate == nua_substate_terminated)
      next();
    else if (step == 12 && substate == nua_substate_terminated)
      nua_shutdown(A.nua);
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
  step = 0;
  A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(URL_A), TAG_END());
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(URL_B), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  hn = nua_handle(B.nua, NULL, TAG_END());
  nua_notifier(hn, NUTAG_URL(PRES), SIPTAG_EVENT_STR("presence"), SIPTAG_CONTENT_TYPE_STR(CT),
               SIPTAG_PAYLOAD_STR("p1"), TAG_END());

  deadline = su_now();
  deadline.tv_sec += 20;
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
