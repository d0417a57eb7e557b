/* nua registration and digest authentication: two user agents (A on 127.0.0.1:35097,
 * B on 35098). B plays registrar and proxy with NUTAG_ALLOW("REGISTER") and
 * NUTAG_APPL_METHOD("REGISTER"):
 *  1. A registers for 30 s; B answers 423 (Min-Expires 60) and A's stack registers again
 *     for 60 s; B challenges with 401 (WWW-Authenticate, no qop); A answers the
 *     challenge with nua_authenticate(NUTAG_AUTH(...)); B checks the Authorization and
 *     answers 200 with the Contact.
 *  2. A unregisters (B answers 200 without challenge).
 *  3. A calls B; B answers the INVITE 407 (Proxy-Authenticate); A authenticates and the
 *     call is set up again with Proxy-Authorization; A hangs up.
 * Run with the stack in its own thread, then with su_root_threading(root, 0). Printed per
 * agent: events (status, phrase, call state) and, for requests B receives, the
 * authorization parameters (the digest response is deterministic without qop). */
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

#define URL_A "sip:127.0.0.1:35097"
#define URL_B "sip:127.0.0.1:35098"
#define AOR "sip:alice@127.0.0.1:35098"

#define SDP_A "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 5004 RTP/AVP 0 8\r\n"
#define SDP_B "v=0\r\no=b 2 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 6004 RTP/AVP 8\r\n"


static nua_handle_t *hreg, *hcall;

static void print_params(struct agent *a, char const *what, msg_param_t const *params)
{
  out(a, " %s:", what);
  for (; params && *params; params++) {
    /* cnonce / nc only with qop; the rest is deterministic */
    out(a, " %s", *params);
  }
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;
  int state = -1;

  tl_gets(tags, NUTAG_CALLSTATE_REF(state), TAG_END());
  if (event == nua_i_active || (event == nua_i_state && state < 0))
    return;
  out(a, "%s %d %s", nua_event_name(event), status, phrase ? phrase : "(null)");
  if (state >= 0)
    out(a, " state=%s", nua_callstate_name(state));
  if (sip && sip->sip_request) {
    out(a, " req=%s uri=%s", sip->sip_request->rq_method_name,
        sip->sip_request->rq_url->url_host ? sip->sip_request->rq_url->url_host : "");
    if (sip->sip_request->rq_url->url_user)
      out(a, " ruser=%s", sip->sip_request->rq_url->url_user);
    if (sip->sip_contact)
      out(a, " contact-user=%s", sip->sip_contact->m_url->url_user ? sip->sip_contact->m_url->url_user : "(none)");
    if (sip->sip_expires)
      out(a, " expires=%lu", (unsigned long)sip->sip_expires->ex_delta);
    if (sip->sip_contact && sip->sip_contact->m_expires)
      out(a, " m-expires=%s", sip->sip_contact->m_expires);
    if (sip->sip_authorization)
      print_params(a, "authorization", sip->sip_authorization->au_params);
    if (sip->sip_proxy_authorization)
      print_params(a, "proxy-authorization", sip->sip_proxy_authorization->au_params);
  }
  if (sip && sip->sip_status)
    out(a, " resp=%d", sip->sip_status->st_status);
  out(a, "\n");

  if (a == &B) {
    switch (event) {
    case nua_i_register:
      if (sip->sip_expires && sip->sip_expires->ex_delta > 0 && sip->sip_expires->ex_delta < 60)
        nua_respond(nh, SIP_423_INTERVAL_TOO_BRIEF, SIPTAG_MIN_EXPIRES_STR("60"), NUTAG_WITH_THIS(nua), TAG_END());
      else if (sip->sip_authorization || (sip->sip_expires && sip->sip_expires->ex_delta == 0) ||
          (sip->sip_contact && sip->sip_contact->m_expires && strcmp(sip->sip_contact->m_expires, "0") == 0))
        nua_respond(nh, SIP_200_OK, SIPTAG_CONTACT(sip->sip_contact), NUTAG_WITH_THIS(nua), TAG_END());
      else
        nua_respond(nh, SIP_401_UNAUTHORIZED, NUTAG_WITH_THIS(nua),
                    SIPTAG_WWW_AUTHENTICATE_STR("Digest realm=\"test\", nonce=\"n0nce1\", algorithm=MD5"),
                    TAG_END());
      nua_handle_destroy(nh);
      break;
    case nua_i_invite:
      if (sip->sip_proxy_authorization)
        nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_B), TAG_END());
      else
        nua_respond(nh, SIP_407_PROXY_AUTH_REQUIRED,
                    SIPTAG_PROXY_AUTHENTICATE_STR("Digest realm=\"proxy\", nonce=\"n0nce2\", algorithm=MD5"),
                    TAG_END());
      break;
    case nua_i_terminated:
      nua_handle_destroy(nh);
      break;
    default:
      break;
    }
  } else {
    switch (event) {
    case nua_r_register:
      out(a, "  flags: register=%d registrations=%d invite=%d\n", nua_handle_has_register(nh),
          nua_handle_has_registrations(nh), nua_handle_has_invite(nh));
      if (status == 401)
        nua_authenticate(nh, NUTAG_AUTH("Digest:\"test\":alice:secret"), TAG_END());
      else if (status == 200)
        nua_unregister(nh, TAG_END());
      break;
    case nua_r_unregister:
      if (status >= 200) {
        hcall = nua_handle(A.nua, NULL, SIPTAG_TO_STR(URL_B), SIPTAG_FROM_STR(AOR), TAG_END());
        nua_invite(hcall, SOATAG_USER_SDP_STR(SDP_A), TAG_END());
      }
      break;
    case nua_r_invite:
      if (status == 407)
        nua_authenticate(nh, NUTAG_AUTH("Digest:\"proxy\":alice:secret"), TAG_END());
      break;
    case nua_i_state:
      if (state == nua_callstate_calling)
        /* The registration is long over (read here, when nothing changes it). */
        out(a, "  registration flags: register=%d registrations=%d\n", nua_handle_has_register(hreg),
            nua_handle_has_registrations(hreg));
      if (state == nua_callstate_ready)
        nua_bye(nh, TAG_END());
      break;
    case nua_i_terminated:
      nua_shutdown(A.nua);
      nua_shutdown(B.nua);
      break;
    default:
      break;
    }
  }
  if (event == nua_r_shutdown && status >= 200) {
    agent_down(a);
  }
}

static int run(int threading)
{
  su_time_t deadline;
  if (!run_root(threading))
    return 1;
  A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(URL_A), TAG_END());
  B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(URL_B),
                     NUTAG_ALLOW("REGISTER"), NUTAG_APPL_METHOD("REGISTER"), TAG_END());
  if (!A.nua || !B.nua) {
    printf("nua_create failed\n");
    return 1;
  }
  hreg = nua_handle(A.nua, NULL, SIPTAG_TO_STR(AOR), SIPTAG_FROM_STR(AOR), TAG_END());
  nua_register(hreg, NUTAG_M_USERNAME("alice"), NUTAG_OUTBOUND("no-validate no-options-keepalive"),
               SIPTAG_EXPIRES_STR("30"), TAG_END());

  deadline = su_now();
  deadline.tv_sec += 20;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);

  printf("--- A (%s)\n%s", threading ? "threaded" : "single thread", A.trace);
  printf("--- B\n%s", B.trace);
  printf("done: %d\n", done);
  nua_handle_destroy(hreg);
  if (hcall)
    nua_handle_destroy(hcall);
  hreg = hcall = NULL;
  if (done) {
    nua_destroy(A.nua);
    nua_destroy(B.nua);
  }
  su_root_destroy(root);
  return done ? 0 : 1;
}
