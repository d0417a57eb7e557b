/* Call benchmark workload (baseline.md): a NUA user-agent server that answers every INVITE
 * with 180 then 200 (an SDP answer through SOATAG_USER_SDP_STR, or with
 * NUTAG_MEDIA_ENABLE(0) and a body of its own in "nomedia" mode), frees its per-call struct
 * on nua_i_terminated and exits after CALLS calls with a full shutdown.
 *   call_uas sip:127.0.0.1:PORT CALLS [nomedia] [single]   ("single": su_root_threading(0)) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct call call_t;
#define NUA_HMAGIC_T call_t

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

struct call { int n; };

static char const sdp[] =
  "v=0\r\no=bench 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
  "m=audio 30000 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\n";

static su_root_t *root;
static int wanted, done_calls, nomedia, seq;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, call_t *call, sip_t const *sip, tagi_t tags[])
{
  switch (event) {
  case nua_i_invite:
    call = calloc(1, sizeof *call);
    call->n = ++seq;
    nua_handle_bind(nh, call);
    nua_respond(nh, SIP_180_RINGING, TAG_END());
    if (nomedia)
      nua_respond(nh, SIP_200_OK, SIPTAG_CONTENT_TYPE_STR("application/sdp"), SIPTAG_PAYLOAD_STR(sdp), TAG_END());
    else
      nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(sdp), TAG_END());
    break;
  case nua_i_terminated:
    free(call);
    nua_handle_bind(nh, NULL);
    nua_handle_destroy(nh);
    if (++done_calls == wanted)
      nua_shutdown(nua);
    break;
  case nua_r_shutdown:
    if (status >= 200)
      su_root_break(root);
    break;
  default:
    break;
  }
}

int main(int argc, char *argv[])
{
  nua_t *nua;
  if (argc < 3)
    return 2;
  wanted = atoi(argv[2]);
  nomedia = argc > 3 && strcmp(argv[3], "nomedia") == 0;
  su_init();
  root = su_root_create(NULL);
  if (argc > 4 && strcmp(argv[4], "single") == 0)
    su_root_threading(root, 0);
  nua = nua_create(root, cb, NULL, NUTAG_URL(argv[1]),
                   TAG_IF(nomedia, NUTAG_MEDIA_ENABLE(0)), TAG_END());
  if (!nua)
    return 1;
  printf("ready\n");
  fflush(stdout);
  su_root_run(root);
  nua_destroy(nua);
  su_root_destroy(root);
  su_deinit();
  return done_calls == wanted ? 0 : 1;
}
