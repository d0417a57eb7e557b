/* Extension headers: unknown to the default parser, typed after
 * sip_update_default_mclass(sip_extend_mclass(NULL)) (what FreeSWITCH does at start-up),
 * reached with sip_p_asserted_identity(sip) & co. */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_extra.h>
#include <sofia-sip/msg.h>

static char const text[] =
  "INVITE sip:bob@example.com SIP/2.0\r\n"
  "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKx\r\n"
  "From: <sip:alice@example.com>;tag=a\r\n"
  "To: <sip:bob@example.com>\r\n"
  "Call-ID: extra@example.com\r\n"
  "CSeq: 1 INVITE\r\n"
  "P-Asserted-Identity: \"Alice\" <sip:alice@example.com>, <tel:+15551234>\r\n"
  "Remote-Party-ID: \"A\" <sip:alice@example.com>;party=calling;screen=yes;privacy=off\r\n"
  "Alert-Info: <http://example.com/ring.wav>\r\n"
  "Refer-Sub: false\r\n"
  "Reply-To: <sip:reply@example.com>\r\n"
  "Content-Length: 0\r\n\r\n";

static void show(char const *title)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  msg_t *msg = msg_make(sip_default_mclass(), 0, text, sizeof text - 1);
  sip_t *sip = sip_object(msg);
  sip_p_asserted_identity_t *paid = sip_p_asserted_identity(sip);
  sip_remote_party_id_t *rpid = sip_remote_party_id(sip);
  sip_alert_info_t *ai = sip_alert_info(sip);
  sip_refer_sub_t *rs = sip_refer_sub(sip);
  sip_reply_to_t *rt = sip_reply_to(sip);
  int unknown = 0;

  for (sip_unknown_t *u = sip->sip_unknown; u; u = u->un_next)
    unknown++;
  printf("== %s: unknown %d, size ok %d\n", title, unknown, sip->sip_size >= sizeof(sip_t));
  printf("paid: %s", paid ? sip_header_as_string(home, (sip_header_t *)paid) : "-");
  printf(" / %s\n", paid && paid->paid_next ? url_as_string(home, paid->paid_next->paid_url) : "-");
  printf("rpid: %s party=%s screen=%s\n", rpid ? sip_header_as_string(home, (sip_header_t *)rpid) : "-",
         rpid && rpid->rpid_party ? rpid->rpid_party : "-", rpid && rpid->rpid_screen ? rpid->rpid_screen : "-");
  printf("alert-info: %s\n", ai ? sip_header_as_string(home, (sip_header_t *)ai) : "-");
  printf("refer-sub: %s\n", rs ? rs->rs_value : "-");
  printf("reply-to: %s\n", rt ? sip_header_as_string(home, (sip_header_t *)rt) : "-");
  printf("%s", msg_as_string(home, msg, NULL, 0, NULL));
  msg_destroy(msg);
  su_home_deinit(home);
}

int main(void)
{
  show("default");
  sip_update_default_mclass(sip_extend_mclass(NULL));
  show("extended");
  return 0;
}
