/* nua: GRUUs (RFC 5627) of a registration as Sofia's nua uses them. A (127.0.0.1:35802,
 * NUTAG_INSTANCE) registers alice with a bare UDP registrar (35803) that answers 200 with
 * the Contact it got plus GRUU parameters; then A sends an INVITE (answered 486) and
 * answers an INVITE of the peer with 180 and 486; then it un-REGISTERs. The peer prints
 * the request line, Contact and Supported of what it gets, and the Contact of A's
 * responses. Registrations:
 *  1. default NUTAG_OUTBOUND, the 200 has pub-gruu and temp-gruu;
 *  2. NUTAG_OUTBOUND("no-gruuize"), pub-gruu and temp-gruu;
 *  3. NUTAG_OUTBOUND("no-gruuize"), only temp-gruu;
 *  4. NUTAG_OUTBOUND("no-gruuize"), the draft's gruu= parameter;
 *  5. NUTAG_OUTBOUND("gruuize"), SIPTAG_SUPPORTED_STR("gruu"), pub-gruu.
 * The peer's view and A's events are printed separately (their order between each other
 * depends on timing). */
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

static struct trace ev, peer;
static int sock, invites;
static struct sockaddr_in agent_addr;
static char const *gruu_params;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if (shutdown_event(event, status))
    return;
  if (event == nua_i_state || event == nua_i_active || event == nua_i_terminated)
    return;
  trace(&ev, "A: %s %d %s\n", nua_event_name(event), status, phrase);
  if (event == nua_i_invite) {
    nua_respond(nh, 180, "Ringing", TAG_END());
    nua_respond(nh, 486, "Busy Here", TAG_END());
    nua_handle_destroy(nh);
  }
}

static void serve(int s)
{
  char buf[8192], contact[700], supported[200], to[300];
  struct sockaddr_in from;
  socklen_t flen = sizeof from;
  int n = recvfrom(s, buf, sizeof buf - 600, 0, (struct sockaddr *)&from, &flen);
  if (n <= 0)
    return;
  buf[n] = 0;
  sip_value(buf, "\r\nContact:", contact, sizeof contact);
  if (strncmp(buf, "SIP/2.0 ", 8) == 0) {
    /* A's answer to our INVITE. */
    trace(&peer, "peer: response %.3s, Contact: %s\n", buf + 8, contact[0] ? contact : "(none)");
    if (atoi(buf + 8) >= 300) {
      char ack[1024];
      sip_value(buf, "\r\nTo:", to, sizeof to);
      n = snprintf(ack, sizeof ack,
                   "ACK sip:alice@127.0.0.1:35802 SIP/2.0\r\n"
                   "Via: SIP/2.0/UDP 127.0.0.1:35803;branch=z9hG4bKpeerinv%d\r\n"
                   "From: <sip:bob@127.0.0.1:35803>;tag=peer1\r\nTo: %s\r\n"
                   "Call-ID: peer-invite-%d@127.0.0.1\r\nCSeq: 1 ACK\r\nMax-Forwards: 70\r\n"
                   "Content-Length: 0\r\n\r\n", invites, to, invites);
      sendto(s, ack, n, 0, (struct sockaddr *)&from, flen);
    }
    return;
  }
  if (strncmp(buf, "ACK ", 4) == 0)
    return;
  sip_value(buf, "\r\nSupported:", supported, sizeof supported);
  trace(&peer, "peer: %.*s\n  Contact: %s\n  Supported: %s\n", (int)strcspn(buf, "\r"), buf,
        contact[0] ? contact : "(none)", supported[0] ? supported : "(none)");
  if (strncmp(buf, "REGISTER ", 9) == 0) {
    char m[1200];
    snprintf(m, sizeof m, "\r\nContact: %s;expires=3600%s", contact, gruu_params);
    sip_answer(s, buf, &from, flen, 200, "OK", "reg", contact[0] ? m : NULL);
  }
  else if (strncmp(buf, "INVITE ", 7) == 0)
    sip_answer(s, buf, &from, flen, 486, "Busy Here", "uas", NULL);
  else
    sip_answer(s, buf, &from, flen, 200, "OK", "uas", NULL);
}

static void peer_invite(void)
{
  char inv[1024];
  int n;
  invites++;
  n = snprintf(inv, sizeof inv,
               "INVITE sip:alice@127.0.0.1:35802 SIP/2.0\r\n"
               "Via: SIP/2.0/UDP 127.0.0.1:35803;branch=z9hG4bKpeerinv%d\r\n"
               "From: <sip:bob@127.0.0.1:35803>;tag=peer1\r\nTo: <sip:alice@127.0.0.1:35802>\r\n"
               "Call-ID: peer-invite-%d@127.0.0.1\r\nCSeq: 1 INVITE\r\n"
               "Contact: <sip:bob@127.0.0.1:35803>\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n",
               invites, invites);
  sendto(sock, inv, n, 0, (struct sockaddr *)&agent_addr, sizeof agent_addr);
}

static void step(char const *what)
{
  trace(&peer, "-- %s\n", what);
  trace(&ev, "-- %s\n", what);
}

static void scenario(nua_t *A, char const *what, char const *outbound, int supported, char const *params)
{
  nua_handle_t *r, *h;
  gruu_params = params;
  step(what);
  r = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:alice@127.0.0.1:35803>"), TAG_END());
  nua_register(r, NUTAG_M_USERNAME("alice"), NUTAG_REGISTRAR("sip:127.0.0.1:35803"),
               TAG_IF(outbound, NUTAG_OUTBOUND(outbound)),
               TAG_IF(supported, SIPTAG_SUPPORTED_STR("gruu")), TAG_END());
  run(sock, 800);
  h = nua_handle(A, NULL, SIPTAG_FROM_STR("<sip:alice@127.0.0.1:35803>"),
                 SIPTAG_TO_STR("<sip:bob@127.0.0.1:35803>"), TAG_END());
  nua_invite(h, TAG_END());
  run(sock, 400);
  peer_invite();
  run(sock, 400);
  nua_unregister(r, TAG_END());
  run(sock, 500);
  nua_handle_destroy(h);
  nua_handle_destroy(r);
}

int main(void)
{
  nua_t *A;
  su_init();
  root = su_root_create(NULL);
  sock = udp(35803);
  memset(&agent_addr, 0, sizeof agent_addr);
  agent_addr.sin_family = AF_INET;
  agent_addr.sin_port = htons(35802);
  agent_addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35802"), NUTAG_MEDIA_ENABLE(0),
                 NUTAG_INSTANCE("urn:uuid:00000000-0000-1000-8000-000000000002"), TAG_END());
  if (!A)
    exit(1);
  scenario(A, "1. default outbound options, pub-gruu and temp-gruu", NULL, 0,
           ";pub-gruu=\"sip:alice@example.org;gr=urn:uuid:00000000-0000-1000-8000-000000000002\""
           ";temp-gruu=\"sip:tgruu.7hs==jd7vnzga5w7fajsc7-ajd6fabz0f8g5@example.org;gr\"");
  scenario(A, "2. no-gruuize, pub-gruu and temp-gruu", "no-gruuize", 0,
           ";pub-gruu=\"sip:alice@example.org;gr=urn:uuid:00000000-0000-1000-8000-000000000002\""
           ";temp-gruu=\"sip:tgruu.7hs==jd7vnzga5w7fajsc7-ajd6fabz0f8g5@example.org;gr\"");
  scenario(A, "3. no-gruuize, only temp-gruu", "no-gruuize", 0,
           ";temp-gruu=\"sip:tgruu.7hs==jd7vnzga5w7fajsc7-ajd6fabz0f8g5@example.org;gr\"");
  scenario(A, "4. no-gruuize, gruu=", "no-gruuize", 0,
           ";gruu=\"sip:alice@example.org;opaque=urn:uuid:00000000-0000-1000-8000-000000000002;grid=1\"");
  scenario(A, "5. gruuize, Supported: gruu, pub-gruu", "gruuize", 1,
           ";pub-gruu=\"sip:alice@example.org;gr=urn:uuid:00000000-0000-1000-8000-000000000002\"");
  agent_shutdown(A);
  fputs(peer.text, stdout);
  fputs(ev.text, stdout);
  close(sock);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
