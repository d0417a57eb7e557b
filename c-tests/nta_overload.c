/* sofia-rs-test: ours-only
 * Overload protection (NTATAG_MAX_RECV_REQUESTS_PER_SECOND, a tag of the 1.13 fork): B
 * (127.0.0.1:35142) takes at most 5 new requests a second; A (35141) sends 12 MESSAGEs at
 * once (not sent again after a 503, NUTAG_RETRY_AFTER_ENABLE(0)): 5 are answered 200 by
 * B's stack, the others 503 with Retry-After. (1.12 flavour:
 * the tag does not exist; the program only says so.) */
#include <stdio.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/nta_tag.h>
#include <sofia-sip/sip_tag.h>

#ifdef SOFIA_RS_ABI_1_12
int main(void)
{
  printf("NTATAG_MAX_RECV_REQUESTS_PER_SECOND: not in the 1.12 API\n");
  return 0;
}
#else
static su_root_t *root;
static nua_t *A, *B;
static int answered, ok200, busy503, retry_after, downs;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if (event == nua_i_message) {
    nua_handle_destroy(nh);
  } else if (event == nua_r_message && status >= 200) {
    ok200 += status == 200;
    busy503 += status == 503;
    retry_after += status == 503 && sip && sip->sip_retry_after && sip->sip_retry_after->af_delta > 0;
    nua_handle_destroy(nh);
    if (++answered == 12) {
      nua_shutdown(A);
      nua_shutdown(B);
    }
  } else if (event == nua_r_shutdown && status >= 200 && ++downs == 2) {
    su_root_break(root);
  }
}

int main(void)
{
  int i;
  su_init();
  root = su_root_create(NULL);
  /* The fork's nua sends a request again after a 503 with Retry-After: not here. */
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35141"), NUTAG_RETRY_AFTER_ENABLE(0), TAG_END());
  B = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35142"),
                 NTATAG_MAX_RECV_REQUESTS_PER_SECOND(5), TAG_END());
  if (!A || !B)
    return 1;
  for (i = 0; i < 12; i++) {
    nua_handle_t *nh = nua_handle(A, NULL, SIPTAG_TO_STR("sip:b@127.0.0.1:35142"), TAG_END());
    nua_message(nh, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("x"), TAG_END());
  }
  su_root_run(root);
  printf("answered %d, 200: %d, 503: %d, 503 with Retry-After: %d\n", answered, ok200, busy503, retry_after);
  nua_destroy(A);
  nua_destroy(B);
  su_root_destroy(root);
  su_deinit();
  return ok200 == 5 && busy503 == 7 && retry_after == 7 ? 0 : 1;
}
#endif
