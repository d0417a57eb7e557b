/* nua: two user agents in one program (A on 127.0.0.1:35091, B on 35092). A sends a
 * MESSAGE (answered 200 by B's stack), B sets NUTAG_APPL_METHOD("MESSAGE") and answers the
 * second MESSAGE itself (202 via NUTAG_WITH_THIS), A sends OPTIONS (answered by B's stack),
 * get_params, then both shut down. Run with the stack in its own thread, then again with
 * su_root_threading(root, 0). Each agent's event trace is printed separately (the two
 * stacks run concurrently), without tags, branches or ports. */
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

#define URL_A "sip:127.0.0.1:35091"
#define URL_B "sip:127.0.0.1:35092"


static nua_handle_t *h1;
static int step;

static void shutdown_all(void)
{
  nua_shutdown(A.nua);
  nua_shutdown(B.nua);
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;
  tagi_t const *t;

  out(a, "%s %d %s nh=%s hmagic=%s", nua_event_name(event), status, phrase ? phrase : "(null)",
      nh == NULL ? "null" : nh == h1 ? "h1" : "other", hmagic ? (char *)hmagic : "null");
  if (sip) {
    if (sip->sip_request)
      out(a, " req=%s", sip->sip_request->rq_method_name);
    if (sip->sip_status)
      out(a, " resp=%d", sip->sip_status->st_status);
    if (sip->sip_cseq)
      out(a, " cseq=%s", sip->sip_cseq->cs_method_name);
    if (sip->sip_content_type)
      out(a, " ct=%s", sip->sip_content_type->c_type);
    if (sip->sip_payload)
      out(a, " body=%.*s", (int)sip->sip_payload->pl_len, sip->sip_payload->pl_data);
    if (sip->sip_status && sip->sip_cseq && sip->sip_cseq->cs_method == sip_method_options) {
      out(a, " allow=%s", sip->sip_allow ? "yes" : "no");
      out(a, " accept=%s", sip->sip_accept ? "yes" : "no");
      out(a, " supported=%s", sip->sip_supported ? "yes" : "no");
    }
  }
  out(a, " current=%s", nua_current_request(nua) ? "yes" : "no");
  for (t = tags; t && t->t_tag; t = tl_next(t)) {
    char buf[256];
    t_snprintf(t, buf, sizeof buf);
    out(a, " [%s]", buf);
  }
  out(a, "\n");

  switch (event) {
  case nua_r_message:
    if (a == &A && status >= 200) {
      if (step == 0) {
        step = 1;
        nua_set_params(B.nua, NUTAG_APPL_METHOD("MESSAGE"), TAG_END());
      } else {
        nua_options(h1, TAG_END());
      }
    }
    break;
  case nua_r_set_params:
    if (a == &B)
      nua_message(h1, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("two"), TAG_END());
    break;
  case nua_i_message:
    if (status < 200)
      nua_respond(nh, 202, "Accepted", NUTAG_WITH_THIS(nua), TAG_END());
    nua_handle_destroy(nh);
    break;
  case nua_i_options:
    nua_handle_destroy(nh);
    break;
  case nua_r_options:
    if (a == &A)
      nua_get_params(B.nua, NUTAG_ENABLEMESSAGE(0), NUTAG_APPL_METHOD(NULL), TAG_END());
    break;
  case nua_r_get_params:
    shutdown_all();
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
  A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(URL_A), TAG_END());
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(URL_B), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  printf("magic ok: %s\n", nua_magic(A.nua) == (nua_magic_t *)&A ? "yes" : "no");
  h1 = nua_handle(A.nua, (nua_hmagic_t *)"h1-magic", SIPTAG_TO_STR(URL_B), TAG_END());
  printf("handle magic: %s\n", (char *)nua_handle_magic(h1));
  nua_message(h1, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("one"), TAG_END());

  deadline = su_now();
  deadline.tv_sec += 5;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);

  printf("--- A (%s)\n%s", threading ? "threaded" : "single thread", A.trace);
  printf("--- B\n%s", B.trace);
  printf("done: %d\n", done);
  nua_handle_destroy(h1);
  h1 = NULL;
  if (done) {
    nua_destroy(A.nua);
    nua_destroy(B.nua);
  }
  su_root_destroy(root);
  return done ? 0 : 1;
}
