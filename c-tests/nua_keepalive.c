/* nua: OPTIONS keep-alives of a registration (Sofia's outbound, RFC 5626 §4.4), as Janus
 * asks for them: NUTAG_OUTBOUND("use-rport no-validate options-keepalive"), NUTAG_KEEPALIVE(ms). A
 * (127.0.0.1:35178) registers over UDP with a bare UDP registrar (35179) that answers every
 * request 200 and prints what it gets:
 *  1. REGISTER → 200: A's stack sends an OPTIONS keep-alive at once: to the AOR, with the
 *     REGISTER's To and From, Max-Forwards 0, Subject KEEPALIVE, a Call-ID of its own.
 *  2. after nua_unregister (→ 200) no keep-alive comes any more.
 * (Without "options-keepalive" Sofia sends none on loopback: it sends them over UDP by
 * default only once it has detected a NAT.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#include "sip_peer.h"
#include "peer_run.h"

static int reg, options;
static char reg_callid[128], reg_from_tag[64];

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if ((event == nua_r_register || event == nua_r_unregister) && status >= 200) {
    printf("A: %s %d\n", nua_event_name(event), status);
    reg = 1;
  } else if (event == nua_i_outbound) {
    printf("A: nua_i_outbound %d\n", status);
  } else if (event == nua_r_shutdown && status >= 200) {
    peer_downs = 1;
  }
}

static void serve(int s)
{
  char buf[4096], from[256], cid[256], contact[280];
  char v[256];
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  int n = recvfrom(s, buf, sizeof buf - 1, 0, (struct sockaddr *)&peer, &plen);
  if (n <= 0)
    return;
  buf[n] = 0;
  sip_value(buf, "\r\nCall-ID:", cid, sizeof cid);
  sip_value(buf, "\r\nFrom:", from, sizeof from);
  if (strncmp(buf, "REGISTER ", 9) == 0) {
    char const *t = strstr(from, ";tag=");
    sip_value(buf, "\r\nExpires:", v, sizeof v);
    printf("registrar: REGISTER%s%s\n", v[0] ? " Expires " : "", v);
    snprintf(reg_callid, sizeof reg_callid, "%s", cid);
    snprintf(reg_from_tag, sizeof reg_from_tag, "%s", t ? t + 5 : "");
  } else if (strncmp(buf, "OPTIONS ", 8) == 0) {
    char const *t = strstr(from, ";tag=");
    options++;
    if (options == 1) {
      printf("registrar: OPTIONS %.*s\n", (int)strcspn(buf + 8, " "), buf + 8);
      sip_value(buf, "\r\nMax-Forwards:", v, sizeof v);
      printf("  Max-Forwards: %s\n", v);
      sip_value(buf, "\r\nSubject:", v, sizeof v);
      printf("  Subject: %s\n", v);
      sip_value(buf, "\r\nTo:", v, sizeof v);
      printf("  To: %s\n", v);
      printf("  From tag of the REGISTER: %s\n", t && strcmp(t + 5, reg_from_tag) == 0 ? "yes" : "no");
      printf("  Call-ID of the REGISTER: %s\n", strcmp(cid, reg_callid) == 0 ? "yes" : "no");
    }
  } else {
    printf("registrar: %.*s\n", (int)strcspn(buf, " "), buf);
  }
  /* Room is left for the parameter. */
  sip_line(buf, "\r\nContact:", contact, sizeof contact - sizeof ";expires=3600");
  if (contact[0])
    strcat(contact, ";expires=3600");
  sip_answer(s, buf, &peer, plen, 200, "OK", "reg", contact);
}


int main(void)
{
  nua_t *A;
  nua_handle_t *h;
  int s;
  su_init();
  root = su_root_create(NULL);
  s = udp(35179);
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35178"), TAG_END());
  if (!A)
    return 1;

  h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:alice@127.0.0.1:35179>"), TAG_END());
  nua_register(h, NUTAG_M_USERNAME("alice"), NUTAG_OUTBOUND("use-rport no-validate options-keepalive"),
               NUTAG_KEEPALIVE(5000), TAG_END());
  run(s, 1000);
  printf("keep-alives after registering: %s\n", options >= 1 ? "yes" : "no");
  nua_unregister(h, TAG_END());
  run(s, 500);
  options = 0;
  run(s, 1000);
  printf("keep-alives after unregistering: %d\n", options);
  nua_handle_destroy(h);

  agent_shutdown(A);
  close(s);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
