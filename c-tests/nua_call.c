/* nua calls: two user agents in one program (A on 127.0.0.1:35095, B on 35096).
 *  1. A calls B with an SDP offer; B answers 180 then 200 with its SDP; A's stack ACKs;
 *     A hangs up (BYE from the caller).
 *  2. A calls B; B rejects with 486.
 *  3. A calls B; B rings; A cancels on the 180.
 *  4. A calls B; B answers 200; B hangs up once the call is ready (BYE from the callee).
 * Run with the stack in its own thread, then with su_root_threading(root, 0). Each agent's
 * event trace is printed separately: event, status, phrase, which handle, the request or
 * response it carries, the call state, offer/answer flags, active audio mode, the m= line of
 * the local and remote SDP, and the names of the tags in order. */
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
#include "call_trace.h"

#define URL_A "sip:127.0.0.1:35095"
#define URL_B "sip:127.0.0.1:35096"



static int scenario;

static void start_call(void)
{
  scenario++;
  out(&A, "## call %d\n", scenario);
  out(&B, "## call %d\n", scenario);
  if (scenario > 4) {
    nua_shutdown(A.nua);
    nua_shutdown(B.nua);
    return;
  }
  ha = nua_handle(A.nua, (nua_hmagic_t *)"call-a", SIPTAG_TO_STR(URL_B), TAG_END());
  nua_invite(ha, SOATAG_USER_SDP_STR(SDP_A), TAG_END());
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;
  int state = trace_event(a, TRACE_HMAGIC | TRACE_OA, event, status, phrase, nh, hmagic, sip, tags);

  switch (event) {
  case nua_i_invite:
    hb = nh;
    nua_handle_bind(nh, (nua_hmagic_t *)"call-b");
    if (scenario == 2) {
      nua_respond(nh, SIP_486_BUSY_HERE, TAG_END());
    } else if (scenario == 4) {
      nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_B), TAG_END());
    } else {
      nua_respond(nh, SIP_180_RINGING, TAG_END());
      if (scenario == 1)
        nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_B), TAG_END());
    }
    break;
  case nua_r_invite:
    if (scenario == 3 && status == 180)
      nua_cancel(nh, TAG_END());
    break;
  case nua_i_state:
    if (state == nua_callstate_ready) {
      if (a == &A && scenario == 1) {
        /* The dialog by identity, from the application's thread (synchronous calls). */
        su_home_t *home = su_home_new(sizeof *home);
        sip_replaces_t *rp = nua_handle_make_replaces(nh, home, 0);
        sip_replaces_t *rp1 = nua_handle_make_replaces(nh, home, 1);
        nua_handle_t *by_rp = rp ? nua_handle_by_replaces(B.nua, rp) : NULL;
        nua_handle_t *by_a = rp ? nua_handle_by_replaces(A.nua, rp) : NULL;
        nua_handle_t *by_id = rp ? nua_handle_by_call_id(B.nua, rp->rp_call_id) : NULL;
        out(a, "replaces: %s early-only: %s by_replaces(B)=%s by_replaces(A)=%s by_call_id(B)=%s\n",
            rp ? "yes" : "no", rp1 && msg_params_find(rp1->rp_params, "early-only") ? "yes" : "no",
            by_rp == hb ? "hb" : by_rp ? "other" : "none", by_a ? "some" : "none",
            by_id == hb ? "hb" : by_id ? "other" : "none");
        if (by_rp) nua_handle_unref(by_rp);
        if (by_a) nua_handle_unref(by_a);
        if (by_id) nua_handle_unref(by_id);
        su_home_unref(home);
        nua_bye(nh, TAG_END());
      }
      if (a == &B && scenario == 4)
        nua_bye(nh, TAG_END());
    }
    break;
  case nua_i_terminated:
    if (a == &A) {
      nua_handle_destroy(ha);
      ha = NULL;
    } else {
      nua_handle_destroy(hb);
      hb = NULL;
    }
    if (ha == NULL && hb == NULL)
      start_call();
    break;
  case nua_r_shutdown:
    if (status >= 200) {
      agent_down(a);
    }
    break;
  default:
    break;
  }
}

static int run(int threading)
{
  if (!run_root(threading))
    return 1;
  scenario = 0;
  ha = hb = NULL;
  A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(URL_A), TAG_END());
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(URL_B), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  start_call();

  return finish_run(threading);
}
