/* nua: the Contact of requests and responses once an outbound registration has found a NAT.
 * A (127.0.0.1:35800) talks to a bare UDP peer (35801) that plays registrar and UAS: it
 * answers REGISTER 200 with the Contact, and its Via says received=192.0.2.7;rport=5555
 * for alice (A is behind a NAT), so A registers again with the public Contact; dave's
 * registration sees no NAT. The peer answers
 * INVITE 486, SUBSCRIBE and REFER 403, MESSAGE and OPTIONS 200, and prints the request line
 * and Contact of each. Requests of A, each on a new handle:
 *  1. INVITE before any registration;
 *  2. after the registrations of dave (no NAT) and then alice (NAT): INVITE from alice,
 *     INVITE from dave, INVITE from carol (no registration), INVITE with NUTAG_M_USERNAME/NUTAG_M_DISPLAY of its own, SUBSCRIBE, REFER and
 *     MESSAGE from alice;
 *  3. an INVITE from the peer, answered 180 then 486 by A (the Contact of the 180);
 *  4. INVITE after the un-REGISTER.
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
static int sock;
static struct sockaddr_in agent_addr;

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
  }
}

/* The Via as a registrar behind A's NAT sees it: ;received=192.0.2.7;rport=5555. */
static void natify(char *buf)
{
  char *v = strstr(buf, "\r\nVia:"), *e, *rp;
  if (!v)
    v = strstr(buf, "\r\nv:");
  e = strstr(v + 2, "\r\n");
  rp = strstr(v, ";rport");
  if (rp && rp < e && (rp[6] == ';' || rp[6] == '\r')) {
    memmove(rp, rp + 6, strlen(rp + 6) + 1);
    e -= 6;
  }
  memmove(e + 30, e, strlen(e) + 1);
  memcpy(e, ";received=192.0.2.7;rport=5555", 30);
}

static void serve(int s)
{
  char buf[8192], contact[700], to[300];
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
                   "ACK sip:alice@127.0.0.1:35800 SIP/2.0\r\n"
                   "Via: SIP/2.0/UDP 127.0.0.1:35801;branch=z9hG4bKpeerinv1\r\n"
                   "From: <sip:bob@127.0.0.1:35801>;tag=peer1\r\nTo: %s\r\n"
                   "Call-ID: peer-invite-1@127.0.0.1\r\nCSeq: 1 ACK\r\nMax-Forwards: 70\r\n"
                   "Content-Length: 0\r\n\r\n", to);
      sendto(s, ack, n, 0, (struct sockaddr *)&from, flen);
    }
    return;
  }
  if (strncmp(buf, "ACK ", 4) == 0)
    return;
  trace(&peer, "peer: %.*s\n  Contact: %s\n", (int)strcspn(buf, "\r"), buf, contact[0] ? contact : "(none)");
  if (strncmp(buf, "REGISTER ", 9) == 0) {
    char m[720];
    snprintf(m, sizeof m, "\r\nContact: %s;expires=3600", contact);
    if (strstr(buf, "To: <sip:alice@"))
      natify(buf);
    sip_answer(s, buf, &from, flen, 200, "OK", "reg", contact[0] ? m : NULL);
  }
  else if (strncmp(buf, "INVITE ", 7) == 0)
    sip_answer(s, buf, &from, flen, 486, "Busy Here", "uas", NULL);
  else if (strncmp(buf, "SUBSCRIBE ", 10) == 0 || strncmp(buf, "REFER ", 6) == 0)
    sip_answer(s, buf, &from, flen, 403, "Forbidden", "uas", NULL);
  else
    sip_answer(s, buf, &from, flen, 200, "OK", "uas", NULL);
}

static void peer_invite(void)
{
  char const *inv =
    "INVITE sip:alice@127.0.0.1:35800 SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 127.0.0.1:35801;branch=z9hG4bKpeerinv1\r\n"
    "From: <sip:bob@127.0.0.1:35801>;tag=peer1\r\nTo: <sip:alice@127.0.0.1:35800>\r\n"
    "Call-ID: peer-invite-1@127.0.0.1\r\nCSeq: 1 INVITE\r\n"
    "Contact: <sip:bob@127.0.0.1:35801>\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
  sendto(sock, inv, strlen(inv), 0, (struct sockaddr *)&agent_addr, sizeof agent_addr);
}

static void step(char const *what)
{
  trace(&peer, "-- %s\n", what);
  trace(&ev, "-- %s\n", what);
}

static nua_handle_t *call(nua_t *A, char const *from, char const *what, int own)
{
  nua_handle_t *h = nua_handle(A, NULL, SIPTAG_FROM_STR(from),
                               SIPTAG_TO_STR("<sip:bob@127.0.0.1:35801>"), TAG_END());
  step(what);
  nua_invite(h, NUTAG_MEDIA_ENABLE(0), TAG_IF(own, NUTAG_M_USERNAME("own")),
             TAG_IF(own, NUTAG_M_DISPLAY("Own")), TAG_END());
  run(sock, 400);
  return h;
}

int main(void)
{
  nua_t *A;
  nua_handle_t *r, *d, *h[16];
  int i, k = 0;
  su_init();
  root = su_root_create(NULL);
  sock = udp(35801);
  memset(&agent_addr, 0, sizeof agent_addr);
  agent_addr.sin_family = AF_INET;
  agent_addr.sin_port = htons(35800);
  agent_addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

  A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35800"), NUTAG_MEDIA_ENABLE(0),
                 TAG_END());
  if (!A)
    exit(1);
  h[k++] = call(A, "<sip:alice@127.0.0.1:35801>", "1. INVITE before registering", 0);

  step("2. REGISTER dave, no NAT");
  d = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:dave@127.0.0.1:35801>"), TAG_END());
  nua_register(d, NUTAG_M_USERNAME("dave"), NUTAG_REGISTRAR("sip:127.0.0.1:35801"), TAG_END());
  run(sock, 800);
  h[k++] = call(A, "<sip:carol@127.0.0.1:35801>", "INVITE from carol", 0);
  step("REGISTER alice, NAT detected");
  r = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:alice@127.0.0.1:35801>"), TAG_END());
  nua_register(r, NUTAG_M_USERNAME("alice"), NUTAG_REGISTRAR("sip:127.0.0.1:35801"), TAG_END());
  run(sock, 1200);
  h[k++] = call(A, "<sip:alice@127.0.0.1:35801>", "INVITE from alice", 0);
  h[k++] = call(A, "<sip:dave@127.0.0.1:35801>", "INVITE from dave", 0);
  h[k++] = call(A, "<sip:carol@127.0.0.1:35801>", "INVITE from carol", 0);
  h[k++] = call(A, "<sip:alice@127.0.0.1:35801>", "INVITE with its own m-username and m-display", 1);

  h[k] = nua_handle(A, NULL, SIPTAG_FROM_STR("<sip:alice@127.0.0.1:35801>"),
                    SIPTAG_TO_STR("<sip:bob@127.0.0.1:35801>"), TAG_END());
  step("SUBSCRIBE from alice");
  nua_subscribe(h[k++], SIPTAG_EVENT_STR("presence"), TAG_END());
  run(sock, 400);
  h[k] = nua_handle(A, NULL, SIPTAG_FROM_STR("<sip:alice@127.0.0.1:35801>"),
                    SIPTAG_TO_STR("<sip:bob@127.0.0.1:35801>"), TAG_END());
  step("REFER from alice");
  nua_refer(h[k++], SIPTAG_REFER_TO_STR("<sip:carol@example.org>"), TAG_END());
  run(sock, 400);
  h[k] = nua_handle(A, NULL, SIPTAG_FROM_STR("<sip:alice@127.0.0.1:35801>"),
                    SIPTAG_TO_STR("<sip:bob@127.0.0.1:35801>"), TAG_END());
  step("MESSAGE from alice");
  nua_message(h[k++], SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR("hi"), TAG_END());
  run(sock, 400);

  step("3. INVITE from the peer, A answers 180 and 486");
  peer_invite();
  run(sock, 400);

  step("4. un-REGISTER alice");
  nua_unregister(r, TAG_END());
  run(sock, 500);
  h[k++] = call(A, "<sip:alice@127.0.0.1:35801>", "INVITE from alice", 0);
  step("un-REGISTER dave");
  nua_unregister(d, TAG_END());
  run(sock, 500);
  h[k++] = call(A, "<sip:alice@127.0.0.1:35801>", "INVITE from alice", 0);

  for (i = 0; i < k; i++)
    nua_handle_destroy(h[i]);
  nua_handle_destroy(r);
  nua_handle_destroy(d);
  agent_shutdown(A);
  fputs(peer.text, stdout);
  fputs(ev.text, stdout);
  close(sock);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
