/* nua redirects: A (127.0.0.1:35109) calls sip:b@B (35110); B answers 302 with Contact
 * sip:other@B; A's stack follows the redirect (NUTAG_AUTO302 default) and B answers the new
 * INVITE 200; A hangs up. Then A sends MESSAGE to sip:b@B, redirected the same way.
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

#define URL_A "sip:127.0.0.1:35109"
#define URL_B "sip:b@127.0.0.1:35110"



static int scenario;

static void start_call(void)
{
  scenario++;
  out(&A, "## call %d\n", scenario);
  out(&B, "## call %d\n", scenario);
  if (scenario > 2) {
    nua_shutdown(A.nua);
    nua_shutdown(B.nua);
    return;
  }
  if (scenario == 2) {
    nua_handle_t *m = nua_handle(A.nua, NULL, SIPTAG_TO_STR(URL_B), TAG_END());
    nua_message(m, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("hi"), TAG_END());
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
    if (strcmp(sip->sip_request->rq_url->url_user, "b") == 0) {
      nua_respond(nh, SIP_302_MOVED_TEMPORARILY, SIPTAG_CONTACT_STR("<sip:other@127.0.0.1:35110>"), TAG_END());
    } else {
      hb = nh;
      nua_handle_bind(nh, (nua_hmagic_t *)"call-b");
      nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_B), TAG_END());
    }
    break;
  case nua_i_message:
    if (strcmp(sip->sip_request->rq_url->url_user, "b") == 0)
      nua_respond(nh, SIP_302_MOVED_TEMPORARILY, SIPTAG_CONTACT_STR("<sip:other@127.0.0.1:35110>"), NUTAG_WITH_THIS(nua), TAG_END());
    else
      nua_respond(nh, SIP_200_OK, NUTAG_WITH_THIS(nua), TAG_END());
    nua_handle_destroy(nh);
    break;
  case nua_r_message:
    if (status >= 200) {
      nua_handle_destroy(nh);
      start_call();
    }
    break;
  case nua_i_state:
    if (state == nua_callstate_ready && a == &A)
      nua_bye(nh, TAG_END());
    if (state == nua_callstate_terminated && a == &B && nh != hb)
      nua_handle_destroy(nh);
    break;
  case nua_i_terminated:
    if (a == &A) {
      nua_handle_destroy(ha);
      ha = NULL;
    } else if (nh == hb) {
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
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL("sip:127.0.0.1:35110"),
                     NUTAG_APPL_METHOD("MESSAGE"), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  start_call();

  return finish_run(threading);
}
