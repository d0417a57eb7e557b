/* nua: REFER outside a dialog (RFC 3515): A (127.0.0.1:35392) sends nua_refer() on a new
 * handle to a bare UDP peer (35393). The REFER has a Referred-By made from A's From (Sofia
 * adds one when the application gives none); the peer accepts it (202) and reports the
 * outcome with a NOTIFY in the dialog the REFER made (Event: refer, message/sipfrag), which
 * A reports as nua_i_notify and answers 200. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#include "sip_peer.h"
#include "peer_run.h"

static struct trace ev, peer_log;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if (shutdown_event(event, status))
    return;
  trace(&ev, "A: %s %d %s", nua_event_name(event), status, phrase);
  if (event == nua_i_notify && sip && sip->sip_payload)
    trace(&ev, " [%.*s]", (int)strcspn(sip->sip_payload->pl_data, "\r"), sip->sip_payload->pl_data);
  trace(&ev, "\n");
}

static void log_line(char const *buf, char const *name)
{
  char v[512];
  sip_value(buf, name, v, sizeof v);
  if (v[0])
    trace(&peer_log, "  %s %s\n", name + 2, v);
}

static void serve(int s)
{
  char buf[4096], from[256], to[256], cid[256], notify[2048];
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  int n = recvfrom(s, buf, sizeof buf - 1, 0, (struct sockaddr *)&peer, &plen);
  if (n <= 0)
    return;
  buf[n] = 0;
  trace(&peer_log, "peer: %.*s\n", (int)strcspn(buf, "\r"), buf);
  if (strncmp(buf, "SIP/2.0", 7) == 0)
    return;
  log_line(buf, "\r\nRefer-To:");
  log_line(buf, "\r\nReferred-By:");
  log_line(buf, "\r\nEvent:");
  sip_answer(s, buf, &peer, plen, 202, "Accepted", "peer", "\r\nContact: <sip:bob@127.0.0.1:35393>");
  /* The NOTIFY of the implicit subscription, in the REFER's dialog. */
  sip_value(buf, "\r\nFrom:", from, sizeof from);
  sip_value(buf, "\r\nTo:", to, sizeof to);
  sip_value(buf, "\r\nCall-ID:", cid, sizeof cid);
  n = snprintf(notify, sizeof notify,
               "NOTIFY sip:127.0.0.1:35392 SIP/2.0\r\n"
               "Via: SIP/2.0/UDP 127.0.0.1:35393;branch=z9hG4bKnotify1\r\n"
               "Max-Forwards: 70\r\n"
               "From: %s;tag=peer\r\n"
               "To: %s\r\n"
               "Call-ID: %s\r\n"
               "CSeq: 1 NOTIFY\r\n"
               "Contact: <sip:bob@127.0.0.1:35393>\r\n"
               "Event: refer\r\n"
               "Subscription-State: terminated;reason=noresource\r\n"
               "Content-Type: message/sipfrag\r\n"
               "Content-Length: 16\r\n"
               "\r\n"
               "SIP/2.0 200 OK\r\n",
               to, from, cid);
  sendto(s, notify, n, 0, (struct sockaddr *)&peer, plen);
}


int main(void)
{
  nua_t *A;
  nua_handle_t *h;
  int s;
  su_init();
  root = su_root_create(NULL);
  s = udp(35393);
  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35392"), TAG_END());
  if (!A)
    return 1;
  h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:bob@127.0.0.1:35393>"),
                 SIPTAG_FROM_STR("Alice <sip:alice@127.0.0.1:35392>"), TAG_END());
  nua_refer(h, SIPTAG_REFER_TO_STR("<sip:carol@example.org>"), TAG_END());
  run(s, 800);
  nua_handle_destroy(h);
  agent_shutdown(A);
  fputs(peer_log.text, stdout);
  fputs(ev.text, stdout);
  close(s);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
