/* HEP capture: A (127.0.0.1:35131) with TPTAG_CAPT to the collector sends MESSAGE and
 * OPTIONS to B (35132); every message A sends and receives goes to the collector.
 *   hep_message udp:127.0.0.1:PORT;hep=3;capture_id=100 */
#include <stdio.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/tport_tag.h>
#include <sofia-sip/sip_tag.h>

static su_root_t *root;
static nua_t *A, *B;
static int downs;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if (event == nua_i_message || event == nua_i_options) {
    nua_handle_destroy(nh);
  } else if (event == nua_r_message && status >= 200) {
    nua_options(nh, TAG_END());
  } else if (event == nua_r_options && status >= 200) {
    nua_handle_destroy(nh);
    nua_shutdown(A);
    nua_shutdown(B);
  } else if (event == nua_r_shutdown && status >= 200 && ++downs == 2) {
    su_root_break(root);
  }
}

int main(int argc, char *argv[])
{
  nua_handle_t *nh;
  if (argc < 2)
    return 2;
  su_init();
  root = su_root_create(NULL);
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35131"), TPTAG_CAPT(argv[1]), TAG_END());
  B = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35132"), TAG_END());
  if (!A || !B)
    return 1;
  nh = nua_handle(A, NULL, SIPTAG_TO_STR("sip:b@127.0.0.1:35132"), TAG_END());
  nua_message(nh, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("hep"), TAG_END());
  su_root_run(root);
  nua_destroy(A);
  nua_destroy(B);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
