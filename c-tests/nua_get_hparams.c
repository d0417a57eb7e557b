/* nua_get_hparams(): what a handle reports (nua_r_get_params), with TAG_ANY() and with
 * single tags as filters (127.0.0.1:35804; the nua has SIPTAG_FROM_STR, NUTAG_M_DISPLAY
 * and NUTAG_REGISTRAR of its own):
 *  0. a handle given NUTAG_M_DISPLAY and SIPTAG_FROM_STR at nua_handle(), after
 *     nua_set_hparams(NUTAG_AUTOALERT(1));
 *  1. a handle after nua_set_hparams(NUTAG_M_USERNAME, NUTAG_AUTOANSWER(1),
 *     NUTAG_ALLOW("INFO"), SIPTAG_SUPPORTED_STR, NUTAG_OUTBOUND, NUTAG_SESSION_TIMER,
 *     SIPTAG_USER_AGENT_STR, NUTAG_REGISTRAR, NUTAG_INSTANCE, NUTAG_KEEPALIVE);
 *  2. the same handle, single tags: NUTAG_AUTOANSWER, NUTAG_M_USERNAME, SIPTAG_FROM_STR,
 *     NUTAG_ENABLEINVITE (not set on the handle), NTATAG_SIP_T1 (the agent's);
 *  3. a handle after nua_set_hparams(NUTAG_ENABLEMESSAGE(0));
 *  4. the nua itself with a filter, for comparison.
 * (The real library crashes when the handle has no media session: no parameters and no
 * request yet, or NUTAG_MEDIA_ENABLE(0); not asked here.) */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/nta_tag.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/soa_tag.h>

static su_root_t *root;
static int step;
static nua_handle_t *h[5];

static void next(nua_t *nua)
{
  switch (step) {
  case 0:
    nua_set_hparams(h[1], NUTAG_AUTOALERT(1), TAG_END());
    nua_get_hparams(h[1], TAG_ANY(), TAG_END());
    break;
  case 1:
    nua_set_hparams(h[2], NUTAG_M_USERNAME("u2"), NUTAG_AUTOANSWER(1), NUTAG_ALLOW("INFO"),
                    SIPTAG_SUPPORTED_STR("100rel"), NUTAG_OUTBOUND("no-validate"),
                    NUTAG_SESSION_TIMER(300), SIPTAG_USER_AGENT_STR("ua2"),
                    NUTAG_REGISTRAR("sip:reg.example.org"), NUTAG_INSTANCE("urn:uuid:2"),
                    NUTAG_KEEPALIVE(30000), TAG_END());
    nua_get_hparams(h[2], TAG_ANY(), TAG_END());
    break;
  case 2:
    nua_get_hparams(h[2], NUTAG_AUTOANSWER(0), NUTAG_M_USERNAME(NULL), SIPTAG_FROM_STR(NULL),
                    NUTAG_ENABLEINVITE(0), NTATAG_SIP_T1(0), TAG_END());
    break;
  case 3:
    nua_set_hparams(h[3], NUTAG_ENABLEMESSAGE(0), TAG_END());
    nua_get_hparams(h[3], TAG_ANY(), TAG_END());
    break;
  case 4:
    nua_get_params(nua, NUTAG_AUTOANSWER(0), NUTAG_M_DISPLAY(NULL), SIPTAG_FROM_STR(NULL),
                   NUTAG_M_USERNAME(NULL), NUTAG_REGISTRAR(NULL), NUTAG_INSTANCE(NULL),
                   NUTAG_KEEPALIVE(0), NUTAG_OUTBOUND(NULL), TAG_END());
    break;
  default:
    nua_shutdown(nua);
  }
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  tagi_t const *t;
  if (event == nua_r_get_params) {
    int i, which = -1;
    for (i = 0; i < 5; i++)
      if (h[i] && nh == h[i])
        which = i;
    printf("-- %d: get_params of %s%d: %d %s\n", step, which < 0 ? "nua" : "handle ", which < 0 ? 0 : which, status, phrase);
    for (t = tags; t && t->t_tag; t = tl_next(t)) {
      char buf[300];
      t_snprintf(t, buf, sizeof buf);
      printf("%s\n", buf);
    }
    step++;
    next(nua);
  }
  else if (event == nua_r_set_params)
    printf("-- %d: %s %d %s\n", step, nua_event_name(event), status, phrase);
  if (event == nua_r_shutdown && status >= 200)
    su_root_break(root);
}

int main(void)
{
  nua_t *nua;
  int i;
  su_init();
  root = su_root_create(NULL);
  nua = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35804"),
                   SIPTAG_FROM_STR("<sip:me@example.org>"), NUTAG_M_DISPLAY("Me"),
                   NUTAG_REGISTRAR("sip:nua-reg.example.org"), TAG_END());
  if (!nua)
    return 1;
  h[0] = nua_handle(nua, NULL, TAG_END());
  h[1] = nua_handle(nua, NULL, NUTAG_M_DISPLAY("One"), SIPTAG_FROM_STR("<sip:one@example.org>"), TAG_END());
  h[2] = nua_handle(nua, NULL, SIPTAG_TO_STR("<sip:two@example.org>"), TAG_END());
  h[3] = nua_handle(nua, NULL, TAG_END());
  next(nua);
  su_root_run(root);
  for (i = 0; i < 4; i++)
    nua_handle_destroy(h[i]);
  nua_destroy(nua);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
