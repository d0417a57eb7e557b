/* sofia-rs-test: ours-only
 * SIP over WebSocket with nua (NUTAG_WS_URL, FreeSWITCH's fork; Debian's 1.12 library has
 * no WebSocket transport). A listens on UDP 127.0.0.1:35415 and, from NUTAG_WS_URL, on
 * WebSocket 127.0.0.1:35416; B (UDP 35417) sends a MESSAGE to
 * sip:a@127.0.0.1:35416;transport=ws: B's stack connects, does the WebSocket handshake and
 * sends the request in a frame; A's stack answers 200 on the same connection. Then a
 * NUTAG_WSS_URL without any certificate makes nua_create fail, as in Sofia. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/tport_tag.h>

static su_root_t *root;
static nua_t *A, *B;
static nua_handle_t *h;
static int got_message, via_ws, status_b, downs;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  char const *who = (char const *)magic;
  if (event == nua_i_message) {
    got_message = 1;
    if (sip && sip->sip_via && sip->sip_via->v_protocol && strcmp(sip->sip_via->v_protocol, "SIP/2.0/WS") == 0)
      via_ws = 1;
    printf("%s: %s %.*s\n", who, nua_event_name(event),
           sip && sip->sip_payload ? (int)sip->sip_payload->pl_len : 0,
           sip && sip->sip_payload ? sip->sip_payload->pl_data : "");
    nua_handle_destroy(nh);
  } else if (event == nua_r_message && status >= 200) {
    status_b = status;
    printf("%s: %s %d\n", who, nua_event_name(event), status);
    nua_shutdown(A);
    nua_shutdown(B);
  } else if (event == nua_r_shutdown && status >= 200) {
    if (++downs == 2)
      su_root_break(root);
  }
}

int main(void)
{
  su_time_t deadline;
  nua_t *bad;
  char dir[] = "/tmp/nua-ws-XXXXXX";

  su_init();
  root = su_root_create(NULL);
  A = nua_create(root, cb, (nua_magic_t *)"A", NUTAG_URL("sip:127.0.0.1:35415"),
                 NUTAG_WS_URL("sip:127.0.0.1:35416;transport=ws"), TAG_END());
  B = nua_create(root, cb, (nua_magic_t *)"B", NUTAG_URL("sip:127.0.0.1:35417"), TAG_END());
  if (!A || !B) {
    printf("nua_create failed\n");
    return 1;
  }
  h = nua_handle(B, NULL, SIPTAG_TO_STR("<sip:a@127.0.0.1:35416;transport=ws>"), TAG_END());
  nua_message(h, NUTAG_URL("sip:a@127.0.0.1:35416;transport=ws"),
              SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("hello over ws"), TAG_END());

  deadline = su_now();
  deadline.tv_sec += 10;
  while (downs < 2 && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);

  printf("message received: %d, Via WS: %d, B status: %d\n", got_message, via_ws, status_b);
  nua_handle_destroy(h);
  if (downs == 2) {
    nua_destroy(A);
    nua_destroy(B);
  }

  /* WSS without certificates: nua_create fails. */
  if (!mkdtemp(dir)) {
    printf("mkdtemp failed\n");
    return 1;
  }
  bad = nua_create(root, cb, (nua_magic_t *)"C", NUTAG_URL("sip:127.0.0.1:35418"),
                   NUTAG_WSS_URL("sips:127.0.0.1:35419;transport=wss"),
                   NUTAG_CERTIFICATE_DIR(dir), TAG_END());
  printf("nua_create with WSS and no certificate: %s\n", bad ? "created" : "failed");
  if (bad) {
    nua_shutdown(bad);
    nua_destroy(bad);
  }
  rmdir(dir);

  su_root_destroy(root);
  su_deinit();
  return (got_message && via_ws && status_b == 200 && downs == 2 && !bad) ? 0 : 1;
}
