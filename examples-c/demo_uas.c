/* Demo UAS: answers calls (180, then 200 with its SDP), logs the call states and exits 0
 * once the callers have hung up CALLS calls (default 1) that were all established.
 *   demo_uas sip:127.0.0.1:5060 [CALLS] */
#include "demo_profile.h"

static int calls_wanted = 1, calls_done, calls_ok;

static char const uas_sdp[] =
  "v=0\r\n"
  "o=demo-uas 1 1 IN IP4 127.0.0.1\r\n"
  "s=demo\r\n"
  "c=IN IP4 127.0.0.1\r\n"
  "t=0 0\r\n"
  "m=audio 20002 RTP/AVP 8 0 101\r\n"
  "a=rtpmap:101 telephone-event/8000\r\n";

static void print_mline(demo_profile_t *p, char const *what, char const *sdp)
{
  char const *m = sdp ? strstr(sdp, "m=") : NULL;
  if (m)
    demo_log(p, "%s %.*s", what, (int)strcspn(m, "\r\n"), m);
}

static void demo_handle_event(demo_profile_t *p, nua_event_t event, int status, char const *phrase,
                              nua_handle_t *nh, sofia_private_t *priv, sip_t const *sip, tagi_t *tags)
{
  switch (event) {
  case nua_i_invite:
    priv = calloc(1, sizeof *priv);
    if (!priv) {
      nua_respond(nh, SIP_500_INTERNAL_SERVER_ERROR, TAG_END());
      break;
    }
    snprintf(priv->uuid, sizeof priv->uuid, "uas-%s", sip && sip->sip_call_id ? sip->sip_call_id->i_id : "?");
    nua_handle_bind(nh, priv);
    demo_log(p, "incoming call from %s", sip && sip->sip_from ? sip->sip_from->a_url->url_host : "?");
    nua_respond(nh, SIP_180_RINGING, TAG_END());
    nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(uas_sdp), SOATAG_AUDIO_AUX("cn telephone-event"), TAG_END());
    break;
  case nua_i_state: {
    int state = demo_callstate(tags);
    char const *remote = NULL, *local = NULL;
    tl_gets(tags, SOATAG_REMOTE_SDP_STR_REF(remote), SOATAG_LOCAL_SDP_STR_REF(local), TAG_END());
    demo_log(p, "call state %s (%d %s)", nua_callstate_name(state), status, phrase);
    print_mline(p, "  offer:", remote);
    print_mline(p, "  answer:", local);
    if (state == nua_callstate_ready && priv)
      priv->established = 1;
    break;
  }
  case nua_i_ack:
    demo_log(p, "ACK received");
    break;
  case nua_i_bye:
    demo_log(p, "caller hung up");
    break;
  case nua_i_terminated:
    demo_log(p, "call terminated (%d %s)", status, phrase);
    calls_ok += priv && priv->established && status == 200;
    nua_handle_bind(nh, NULL);
    free(priv);
    nua_handle_destroy(nh);
    if (++calls_done == calls_wanted) {
      p->ok = calls_ok == calls_wanted;
      nua_shutdown(p->nua);
    }
    break;
  default:
    break;
  }
}

int main(int argc, char *argv[])
{
  static demo_profile_t p;
  if (argc < 2) {
    fprintf(stderr, "usage: %s sip:ADDRESS:PORT [CALLS]\n", argv[0]);
    return 2;
  }
  if (argc > 2 && atoi(argv[2]) > 0)
    calls_wanted = atoi(argv[2]);
  su_init();
  if (demo_start(&p, "uas", argv[1]) < 0) {
    fprintf(stderr, "uas: cannot start the stack on %s\n", argv[1]);
    return 1;
  }
  demo_log(&p, "listening on %s", argv[1]);
  demo_join(&p);
  su_deinit();
  return p.ok ? 0 : 1;
}
