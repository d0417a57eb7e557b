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

#define URL_A "sip:127.0.0.1:35107"
#define URL_B "sip:127.0.0.1:35108"

#define SDP_A "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 5004 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\n"
#define SDP_B "v=0\r\no=b 2 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 6004 RTP/AVP 8 0 101\r\na=rtpmap:101 telephone-event/8000\r\n"


static nua_handle_t *ha;  /* A's current call */
static nua_handle_t *hb;  /* B's current call */
static int step;

/* The m= line and the direction attribute of an SDP text. */
static void mline(struct agent *a, char const *what, char const *sdp)
{
  char const *m = sdp ? strstr(sdp, "m=") : NULL, *d;
  size_t n;
  if (!m)
    return;
  n = strcspn(m, "\r\n");
  out(a, " %s=[%.*s", what, (int)n, m);
  d = strstr(sdp, "a=send");
  if (!d) d = strstr(sdp, "a=recv");
  if (!d) d = strstr(sdp, "a=inactive");
  if (d)
    out(a, " %.*s", (int)strcspn(d, "\r\n"), d);
  out(a, "]");
}

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
  tagi_t const *t;
  int state = -1, offer_sent = 0, offer_recv = 0, answer_sent = 0, answer_recv = 0;
  int audio = -99;
  char const *local = NULL, *remote = NULL;

  out(a, "%s %d %s nh=%s", nua_event_name(event), status, phrase ? phrase : "(null)",
      nh == NULL ? "null" : (nh == ha || nh == hb) ? "call" : "other");
  if (sip) {
    if (sip->sip_request)
      out(a, " req=%s", sip->sip_request->rq_method_name);
    if (sip->sip_status)
      out(a, " resp=%d", sip->sip_status->st_status);
    if (sip->sip_cseq)
      out(a, " cseq=%s", sip->sip_cseq->cs_method_name);
    if (sip->sip_content_type)
      out(a, " ct=%s", sip->sip_content_type->c_type);
  }
  tl_gets(tags, NUTAG_CALLSTATE_REF(state), NUTAG_OFFER_SENT_REF(offer_sent),
          NUTAG_OFFER_RECV_REF(offer_recv), NUTAG_ANSWER_SENT_REF(answer_sent),
          NUTAG_ANSWER_RECV_REF(answer_recv), SOATAG_ACTIVE_AUDIO_REF(audio),
          SOATAG_LOCAL_SDP_STR_REF(local), SOATAG_REMOTE_SDP_STR_REF(remote), TAG_END());
  if (state >= 0)
    out(a, " state=%s", nua_callstate_name(state));
  mline(a, "local", local);
  mline(a, "remote", remote);
  out(a, " tags:");
  for (t = tags; t && t->t_tag; t = tl_next(t)) {
    char const *n = t->t_tag->tt_name;
    size_t l = strlen(n);
    if (l >= 3 && (strcmp(n + l - 3, "sdp") == 0 || strcmp(n + l - 3, "str") == 0))
      out(a, " %s", n);
    else
      out(a, " %s=%ld", n, (long)t->t_value);
  }
  out(a, "\n");

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
  su_time_t deadline;
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

  deadline = su_now();
  deadline.tv_sec += 20;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);

  printf("--- A (%s)\n%s", threading ? "threaded" : "single thread", A.trace);
  printf("--- B\n%s", B.trace);
  printf("done: %d\n", done);
  if (done) {
    nua_destroy(A.nua);
    nua_destroy(B.nua);
  }
  su_root_destroy(root);
  return done ? 0 : 1;
}
