/* Demo UAC: calls the UAS with an SDP offer from the main thread, hangs up once the call
 * is established, and exits 0 when the call went through and ended with BYE 200.
 *   demo_uac sip:127.0.0.1:5061 sip:127.0.0.1:5060 */
#include <unistd.h>
#include "demo_profile.h"

static char const uac_sdp[] =
  "v=0\r\n"
  "o=demo-uac 1 1 IN IP4 127.0.0.1\r\n"
  "s=demo\r\n"
  "c=IN IP4 127.0.0.1\r\n"
  "t=0 0\r\n"
  "m=audio 20000 RTP/AVP 0 8 101\r\n"
  "a=rtpmap:101 telephone-event/8000\r\n";

static void demo_handle_event(demo_profile_t *p, nua_event_t event, int status, char const *phrase,
                              nua_handle_t *nh, sofia_private_t *priv, sip_t const *sip, tagi_t *tags)
{
  switch (event) {
  case nua_r_invite:
    demo_log(p, "INVITE answered %d %s", status, phrase);
    break;
  case nua_i_state: {
    int state = demo_callstate(tags);
    char const *remote = NULL;
    tl_gets(tags, SOATAG_REMOTE_SDP_STR_REF(remote), TAG_END());
    demo_log(p, "call state %s (%d %s)", nua_callstate_name(state), status, phrase);
    if (remote && strstr(remote, "m="))
      demo_log(p, "  answer: %.*s", (int)strcspn(strstr(remote, "m="), "\r\n"), strstr(remote, "m="));
    if (state == nua_callstate_ready && priv && !priv->established) {
      priv->established = 1;
      usleep(200 * 1000); /* talk */
      demo_log(p, "hanging up %s", priv->uuid);
      nua_bye(nh, TAG_END());
    }
    break;
  }
  case nua_r_bye:
    demo_log(p, "BYE answered %d %s", status, phrase);
    break;
  case nua_i_terminated:
    demo_log(p, "call terminated (%d %s)", status, phrase);
    p->ok = priv && priv->established && status == 200;
    nua_handle_bind(nh, NULL);
    free(priv);
    nua_handle_destroy(nh);
    nua_shutdown(p->nua);
    break;
  default:
    break;
  }
}

int main(int argc, char *argv[])
{
  static demo_profile_t p;
  sofia_private_t *priv;
  nua_handle_t *nh;
  if (argc < 3) {
    fprintf(stderr, "usage: %s sip:LOCAL:PORT sip:REMOTE:PORT\n", argv[0]);
    return 2;
  }
  su_init();
  if (demo_start(&p, "uac", argv[1]) < 0) {
    fprintf(stderr, "uac: cannot start the stack on %s\n", argv[1]);
    return 1;
  }
  priv = calloc(1, sizeof *priv);
  snprintf(priv->uuid, sizeof priv->uuid, "uac-call-1");
  /* From the application's thread, as FreeSWITCH's session threads do. */
  nh = nua_handle(p.nua, priv, SIPTAG_TO_STR(argv[2]), TAG_END());
  demo_log(&p, "calling %s", argv[2]);
  nua_invite(nh, SOATAG_USER_SDP_STR(uac_sdp), SOATAG_AUDIO_AUX("cn telephone-event"), TAG_END());
  demo_join(&p);
  su_deinit();
  return p.ok ? 0 : 1;
}
