/* nua: the addresses of a handle (nua_handle_remote / nua_handle_local) and the calls the
 * stack takes without doing anything (nua_chat, nua_redirect). A (127.0.0.1:35192) makes
 * handles with SIPTAG_TO/FROM as strings and as headers, with NUTAG_URL only, with nothing;
 * the addresses are printed (display, URL, tag, parameters), also of the default handle's
 * and of NULL. A sends a MESSAGE to B (35193); the handle B's stack makes for it reports
 * the request's To as local and its From (without tag) as remote. A then calls nua_chat()
 * and nua_redirect() on its handle, then nua_options(): only the OPTIONS is reported.
 * Run with the stack in its own thread, then in the application's. */
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
#include <sofia-sip/url.h>

#include "nua_trace.h"

#define URL_A "sip:127.0.0.1:35192"
#define URL_B "sip:127.0.0.1:35193"

static nua_handle_t *h1;

static void addr(struct agent *a, char const *what, sip_addr_t const *x)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  msg_param_t const *p;
  if (x == NULL) {
    out(a, "  %s: NULL\n", what);
    return;
  }
  out(a, "  %s: display=%s url=%s tag=%s", what, x->a_display ? x->a_display : "(none)",
      url_as_string(home, x->a_url), x->a_tag ? x->a_tag : "(none)");
  for (p = x->a_params; p && *p; p++)
    out(a, " param=%s", *p);
  out(a, "\n");
  su_home_deinit(home);
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;

  out(a, "%s %d %s nh=%s", nua_event_name(event), status, phrase ? phrase : "(null)",
      nh == NULL ? "null" : nh == h1 ? "h1" : "other");
  if (sip && sip->sip_request)
    out(a, " req=%s", sip->sip_request->rq_method_name);
  if (sip && sip->sip_status)
    out(a, " resp=%d", sip->sip_status->st_status);
  out(a, "\n");

  switch (event) {
  case nua_i_message:
    addr(a, "remote", nua_handle_remote(nh));
    addr(a, "local", nua_handle_local(nh));
    nua_handle_destroy(nh);
    break;
  case nua_r_message:
    addr(a, "remote", nua_handle_remote(nh));
    addr(a, "local", nua_handle_local(nh));
    nua_chat(h1, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("chat"), TAG_END());
    nua_redirect(h1, NUTAG_URL("sip:x@127.0.0.1:35193"), TAG_END());
    nua_options(h1, TAG_END());
    break;
  case nua_i_options:
    nua_handle_destroy(nh);
    break;
  case nua_r_options:
    nua_shutdown(A.nua);
    nua_shutdown(B.nua);
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
  su_home_t home[1] = { SU_HOME_INIT(home) };
  nua_handle_t *h;

  if (!run_root(threading))
    return 1;
  A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(URL_A), TAG_END());
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(URL_B), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  printf("NULL handle: remote %s local %s\n", nua_handle_remote(NULL) ? "set" : "NULL",
         nua_handle_local(NULL) ? "set" : "NULL");
  out(&A, "default handle:\n");
  addr(&A, "remote", nua_handle_remote(nua_default(A.nua)));
  addr(&A, "local", nua_handle_local(nua_default(A.nua)));
  printf("default handle: same %d\n", nua_handle_remote(nua_default(A.nua)) == nua_handle_local(nua_default(A.nua)));

  h = nua_handle(A.nua, NULL, TAG_END());
  out(&A, "no tags:\n");
  addr(&A, "remote", nua_handle_remote(h));
  addr(&A, "local", nua_handle_local(h));
  nua_handle_destroy(h);

  h = nua_handle(A.nua, NULL, NUTAG_URL("sip:carol@127.0.0.1:35193;transport=udp?subject=x"), TAG_END());
  out(&A, "url:\n");
  addr(&A, "remote", nua_handle_remote(h));
  addr(&A, "local", nua_handle_local(h));
  nua_handle_destroy(h);

  h = nua_handle(A.nua, NULL,
                 SIPTAG_TO(sip_to_make(home, "\"Dave\" <sip:dave@127.0.0.1:35193>;tag=t1;p=1")),
                 SIPTAG_FROM(sip_from_make(home, "<sip:eve@127.0.0.1>;tag=t2")),
                 NUTAG_URL("sip:other@127.0.0.1:35193"), TAG_END());
  out(&A, "headers and url:\n");
  addr(&A, "remote", nua_handle_remote(h));
  addr(&A, "local", nua_handle_local(h));
  nua_handle_destroy(h);

  h1 = nua_handle(A.nua, NULL, SIPTAG_TO_STR("\"Bob\" <sip:bob@127.0.0.1:35193>;x=1"),
                  SIPTAG_FROM_STR("Alice <sip:alice@127.0.0.1:35192>"), TAG_END());
  out(&A, "strings:\n");
  addr(&A, "remote", nua_handle_remote(h1));
  addr(&A, "local", nua_handle_local(h1));
  printf("%s", A.trace);
  A.len = 0;
  su_home_deinit(home);

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
