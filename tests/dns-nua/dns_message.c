/* Requests to host names (RFC 3263): A on 127.0.0.1:35120 sends MESSAGE to
 *   sip:b@loop.test          (SRV _sip._udp.loop.test -> host.loop.test:35121)
 *   sip:b@a.loop.test:35121  (A record, explicit port)
 *   sip:b@missing.test       (NXDOMAIN: 503 from the stack)
 * B on 127.0.0.1:35121 answers. The resolver is the one named by SRESOLV_CONF. */
#include <stdio.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

static su_root_t *root;
static nua_t *A, *B;
static int step, downs;
static char const *targets[] = { "sip:b@loop.test", "sip:b@a.loop.test:35121", "sip:b@missing.test" };

static void next(void)
{
  nua_handle_t *nh;
  if (step >= 3) {
    nua_shutdown(A);
    nua_shutdown(B);
    return;
  }
  nh = nua_handle(A, NULL, SIPTAG_TO_STR(targets[step]), TAG_END());
  nua_message(nh, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("hi"), TAG_END());
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if (event == nua_i_message) {
    printf("B got MESSAGE for %s\n", sip->sip_request->rq_url->url_host);
    nua_handle_destroy(nh);
  } else if (event == nua_r_message && status >= 200) {
    printf("%s: %d\n", targets[step], status);
    nua_handle_destroy(nh);
    step++;
    next();
  } else if (event == nua_r_shutdown && status >= 200 && ++downs == 2) {
    su_root_break(root);
  }
}

int main(void)
{
  su_init();
  root = su_root_create(NULL);
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35120"), TAG_END());
  B = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35121"), TAG_END());
  if (!A || !B)
    return 1;
  next();
  su_root_run(root);
  nua_destroy(A);
  nua_destroy(B);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
