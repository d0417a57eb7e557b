/* nua UPDATE and extension methods: A (127.0.0.1:35107) calls B (35108); once the call is up:
 *  1. A puts B on hold with UPDATE (nua_update with SOATAG_HOLD("audio")),
 *  2. A resumes with UPDATE,
 *  3. B sends UPDATE with no change of its own,
 *  4. A sends nua_method(SIP_METHOD_UNKNOWN "FOO"); B answers it (NUTAG_ALLOW("FOO") +
 *     NUTAG_APPL_METHOD("FOO")), then A hangs up. Both threading modes. */
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

#define URL_A "sip:127.0.0.1:35107"
#define URL_B "sip:127.0.0.1:35108"



static int step;

static void step_next(void)
{
  step++;
  switch (step) {
  case 1: nua_update(ha, SOATAG_HOLD("audio"), TAG_END()); break;
  case 2: nua_update(ha, SOATAG_HOLD(NULL), TAG_END()); break;
  case 3: nua_update(hb, SIPTAG_SUBJECT_STR("refresh"), TAG_END()); break;
  case 4: nua_method(ha, NUTAG_METHOD("FOO"), SIPTAG_SUBJECT_STR("foo test"), TAG_END()); break;
  default: nua_bye(ha, TAG_END()); break;
  }
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;
  int state = trace_event(a, TRACE_DIRECTION, event, status, phrase, nh, hmagic, sip, tags);
  int answer_recv = 0;

  tl_gets(tags, NUTAG_ANSWER_RECV_REF(answer_recv), TAG_END());

  switch (event) {
  case nua_i_invite:
    if (!hb) {
      hb = nh;
      nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_B), TAG_END());
    }
    break;
  case nua_i_method:
    if (status < 200)
      nua_respond(nh, 202, "Accepted", NUTAG_WITH_THIS(nua), TAG_END());
    break;
  case nua_r_method:
    if (status >= 200)
      step_next();
    break;
  case nua_r_update:
    if (status >= 200 && step <= 3)
      step_next();
    break;
  case nua_i_state:
    if (state == nua_callstate_ready && !answer_recv && step == 0 && a == &B)
      step_next();
    break;
  case nua_i_terminated:
    nua_handle_destroy(nh);
    if (nh == ha) ha = NULL;
    if (nh == hb) hb = NULL;
    if (!ha && !hb) {
      nua_shutdown(A.nua);
      nua_shutdown(B.nua);
    }
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
  step = 0;
  ha = hb = NULL;
  A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(URL_A), TAG_END());
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(URL_B), NUTAG_ALLOW("FOO"), NUTAG_APPL_METHOD("FOO"), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  ha = nua_handle(A.nua, NULL, SIPTAG_TO_STR(URL_B), TAG_END());
  nua_invite(ha, SOATAG_USER_SDP_STR(SDP_A), TAG_END());

  return finish_run(threading);
}
