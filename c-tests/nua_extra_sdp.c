/* sofia-rs-test: ours-only
 * NUTAG_INCLUDE_EXTRA_SDP (FreeSWITCH's fork; Debian's 1.12 library has no such tag).
 * A (127.0.0.1:35186) calls B (35187) with 100rel supported. B answers 183 with its SDP
 * (reliable, PRACKed by A's stack), then on the PRACK answers 200:
 *  call 1: 200 with NUTAG_INCLUDE_EXTRA_SDP(1): the 200 carries the SDP again (FreeSWITCH
 *          does this for peers that want the answer in the 200);
 *  call 2: 200 without it: no SDP in the 200 (the answer went reliably in the 183).
 * A prints, for each response to its INVITE, the status and whether it had a body; the
 * offer/answer flags must not count the repeated SDP as a new answer. The output is
 * compared with c-tests/nua_extra_sdp.FLAVOUR.expected. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#define SDP_A "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 5004 RTP/AVP 0\r\n"
#define SDP_B "v=0\r\no=b 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 5006 RTP/AVP 0\r\n"

static su_root_t *root;
static nua_t *A, *B;
static int call, ended, downs;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  char const *who = (char const *)magic;
  int answer_recv = -1, offer_recv = -1;
  tl_gets(tags, NUTAG_ANSWER_RECV_REF(answer_recv), NUTAG_OFFER_RECV_REF(offer_recv), TAG_END());
  if (who[0] == 'A' && event == nua_r_invite)
    printf("call %d: A: nua_r_invite %d, body %s\n", call, status,
           sip && sip->sip_payload ? "yes" : "no");
  if (who[0] == 'A' && event == nua_i_state && (answer_recv == 1 || offer_recv == 1))
    printf("call %d: A: nua_i_state answer_recv=%d offer_recv=%d\n", call, answer_recv, offer_recv);
  if (who[0] == 'B' && event == nua_i_invite)
    nua_respond(nh, SIP_183_SESSION_PROGRESS, SOATAG_USER_SDP_STR(SDP_B), NUTAG_EARLY_ANSWER(1),
                TAG_END());
  if (who[0] == 'B' && event == nua_i_prack)
    nua_respond(nh, SIP_200_OK, TAG_IF(call == 1, NUTAG_INCLUDE_EXTRA_SDP(1)), TAG_END());
  if (who[0] == 'A' && event == nua_r_invite && status == 200)
    nua_bye(nh, TAG_END());
  if (event == nua_i_state) {
    int state = -1;
    tl_gets(tags, NUTAG_CALLSTATE_REF(state), TAG_END());
    if (state == nua_callstate_terminated) {
      ended++;
      nua_handle_destroy(nh);
    }
  }
  if (event == nua_r_shutdown && status >= 200)
    downs++;
}

int main(void)
{
  int i;
  su_init();
  root = su_root_create(NULL);
  A = nua_create(root, cb, (nua_magic_t *)"A", NUTAG_URL("sip:127.0.0.1:35186"), TAG_END());
  B = nua_create(root, cb, (nua_magic_t *)"B", NUTAG_URL("sip:127.0.0.1:35187"), TAG_END());
  if (!A || !B)
    return 1;
  for (call = 1; call <= 2; call++) {
    nua_handle_t *h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:b@127.0.0.1:35187>"), TAG_END());
    ended = 0;
    nua_invite(h, SOATAG_USER_SDP_STR(SDP_A), SIPTAG_SUPPORTED_STR("100rel"), TAG_END());
    for (i = 0; i < 500 && ended < 2; i++)
      su_root_step(root, 10);
    printf("call %d: %s\n", call, ended == 2 ? "ended" : "did not end");
  }
  nua_shutdown(A);
  nua_shutdown(B);
  for (i = 0; i < 500 && downs < 2; i++)
    su_root_step(root, 10);
  nua_destroy(A);
  nua_destroy(B);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
