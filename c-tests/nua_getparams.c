/* nua_get_params(): every parameter with TAG_ANY(), a namespace (NTATAG_ANY()) and single
 * tags as filters, in the order and with the values the stack reports (127.0.0.1:35111,
 * defaults plus NUTAG_ENABLEINVITE(0) set at creation). */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/nta_tag.h>
#include <sofia-sip/sip_tag.h>

static su_root_t *root;
static int step;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  tagi_t const *t;
  if (event == nua_r_get_params) {
    printf("-- get_params %d: %d %s\n", step, status, phrase);
    for (t = tags; t && t->t_tag; t = tl_next(t)) {
      char buf[300];
      t_snprintf(t, buf, sizeof buf);
      printf("%s\n", buf);
    }
    step++;
    if (step == 1)
      nua_get_params(nua, NTATAG_ANY(), TAG_END());
    else if (step == 2)
      nua_get_params(nua, NUTAG_ENABLEINVITE(1), SIPTAG_USER_AGENT_STR(NULL), NTATAG_SIP_T1(0), TAG_END());
    else
      nua_shutdown(nua);
  }
  if (event == nua_r_shutdown && status >= 200)
    su_root_break(root);
}

int main(void)
{
  nua_t *nua;
  su_init();
  root = su_root_create(NULL);
  nua = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35111"), NUTAG_ENABLEINVITE(0), TAG_END());
  if (!nua)
    return 1;
  nua_get_params(nua, TAG_ANY(), TAG_END());
  su_root_run(root);
  nua_destroy(nua);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
