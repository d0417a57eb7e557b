/* nua early media and teardown corner cases: A (127.0.0.1:35101) calls B (35102).
 *  1. B answers 183 with its SDP (NUTAG_EARLY_ANSWER(1)), then 200; A hangs up.
 *  2. B answers 183 with SDP; A cancels.
 *  3. B answers 200; A destroys its handle with the call up (the stack sends BYE).
 *  4. B rings; B destroys its handle (the stack answers 480).
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

#define URL_A "sip:127.0.0.1:35101"
#define URL_B "sip:127.0.0.1:35102"



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
    if (scenario == 1 || scenario == 2)
      nua_respond(nh, SIP_183_SESSION_PROGRESS, SOATAG_USER_SDP_STR(SDP_B), NUTAG_EARLY_ANSWER(1), TAG_END());
    if (scenario == 1 || scenario == 3)
      nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_B), TAG_END());
    if (scenario == 4)
      nua_respond(nh, SIP_180_RINGING, TAG_END());
    break;
  case nua_r_invite:
    if (scenario == 2 && status == 183)
      nua_cancel(nh, TAG_END());
    break;
  case nua_i_state:
    if (state == nua_callstate_early && a == &B && scenario == 4) {
      /* B gives up on the ringing call by destroying its handle: the stack answers 480. */
      nua_handle_destroy(hb);
      hb = NULL;
    }
    if (state == nua_callstate_ready && a == &A && scenario == 1)
      nua_bye(nh, TAG_END());
    break;
  case nua_i_active:
    if (a == &A && scenario == 3) {
      /* A destroys its handle with the call up: no more events for it; B gets a BYE. */
      nua_handle_destroy(ha);
      ha = NULL;
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
