/* nua: the outbound part of registrations, as Sofia's nua does it (NAT detection,
 * re-registration with the public address, the validation probe). A (127.0.0.1:35388)
 * registers with a bare UDP registrar (35389) that prints what it gets and answers 200 with
 * the Contact.
 *  1. As GNOME Calls configures it (NUTAG_INSTANCE, NUTAG_OUTBOUND("outbound natify gruuize
 *     validate"), NUTAG_M_PARAMS, NUTAG_CALLEE_CAPS), with a registrar that says
 *     received=192.0.2.7;rport=5555 in its Via (A is behind a NAT): nua_i_outbound 101, the
 *     REGISTER again with the public Contact (+sip.instance, reg-id) and the old one with
 *     expires=0 (nua_r_register 100 "Outbound NAT Detected"), then the probe OPTIONS, which
 *     the registrar routes back to A: A answers it, the registration is validated (no
 *     event). The un-REGISTER has the public Contact.
 *  2. Default parameters, no NAT, a registrar that answers the probe itself: the probe
 *     fails to validate and is reported (nua_i_outbound 200).
 * The registrar's view and A's events are printed separately (their order between each
 * other depends on timing). */
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

static int nat, relay;
static struct trace ev, reg;
static struct sockaddr_in prober;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  if (shutdown_event(event, status))
    return;
  trace(&ev, "A: %s %d %s\n", nua_event_name(event), status, phrase);
}

/* Every header line NAME (long or compact form) of a message, printed. */
static void print_all(char const *msg, char const *name, char const *compact)
{
  char const *p = msg;
  for (;;) {
    char const *a = strstr(p, name), *b = compact ? strstr(p, compact) : NULL, *h;
    size_t n, skip;
    if (!a && !b)
      return;
    h = !a || (b && b < a) ? b : a;
    skip = h == a ? strlen(name) : strlen(compact);
    p = h + skip;
    while (*p == ' ')
      p++;
    n = strcspn(p, "\r");
    trace(&reg, "  %s %.*s\n", name + 2, (int)n, p);
  }
}

/* Inserts Via line VIA after the first line of MSG (in place; MSG has room). */
static void push_via(char *msg, char const *via)
{
  char *e = strstr(msg, "\r\n");
  size_t n = strlen(via);
  memmove(e + 2 + n, e + 2, strlen(e + 2) + 1);
  memcpy(e + 2, via, n);
}

/* Removes the first Via line (long or compact form) of MSG. */
static void pop_via(char *msg)
{
  char *v = strstr(msg, "\r\nVia:"), *c = strstr(msg, "\r\nv:"), *e;
  if (!v || (c && c < v))
    v = c;
  if (!v)
    return;
  e = strstr(v + 2, "\r\n");
  memmove(v, e, strlen(e) + 1);
}

static void serve(int s)
{
  char buf[8192], contact[700], *e;
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  int n = recvfrom(s, buf, sizeof buf - 600, 0, (struct sockaddr *)&peer, &plen);
  if (n <= 0)
    return;
  buf[n] = 0;
  if (strncmp(buf, "SIP/2.0 ", 8) == 0) {
    /* A's answer to the probe it got from us: back to the prober. */
    trace(&reg, "registrar: response %.3s to the relayed probe\n", buf + 8);
    pop_via(buf);
    sendto(s, buf, strlen(buf), 0, (struct sockaddr *)&prober, sizeof prober);
    return;
  }
  trace(&reg, "registrar: %.*s\n", (int)strcspn(buf, "\r"), buf);
  print_all(buf, "\r\nContact:", "\r\nm:");
  print_all(buf, "\r\nExpires:", NULL);
  print_all(buf, "\r\nAccept-Contact:", "\r\na:");
  print_all(buf, "\r\nSubject:", "\r\ns:");
  print_all(buf, "\r\nAccept:", NULL);
  if (relay && strncmp(buf, "OPTIONS ", 8) == 0) {
    prober = peer;
    push_via(buf, "Via: SIP/2.0/UDP 127.0.0.1:35389;branch=z9hG4bKrelay1\r\n");
    sendto(s, buf, strlen(buf), 0, (struct sockaddr *)&peer, plen);
    return;
  }
  sip_line(buf, "\r\nContact:", contact, sizeof contact - 20);
  if (!contact[0])
    sip_line(buf, "\r\nm:", contact, sizeof contact - 20);
  if (contact[0])
    strcat(contact, ";expires=3600");
  if (nat && strncmp(buf, "REGISTER ", 9) == 0) {
    /* The Via as a registrar behind A's NAT sees it. */
    char *v = strstr(buf, "\r\nVia:"), *rp;
    e = strstr(v + 2, "\r\n");
    rp = strstr(v, ";rport");
    if (rp && rp < e && (rp[6] == ';' || rp[6] == '\r')) {
      memmove(rp, rp + 6, strlen(rp + 6) + 1);
      e -= 6;
    }
    memmove(e + 35, e, strlen(e) + 1);
    memcpy(e, ";received=192.0.2.7;rport=5555    ", 35);
    memmove(e + 30, e + 35, strlen(e + 35) + 1);
  }
  sip_answer(s, buf, &peer, plen, 200, "OK", "reg", contact);
}


static void scenario(int s, int gnome)
{
  nua_t *A;
  nua_handle_t *h;
  peer_downs = 0;
  ev.len = reg.len = 0;
  ev.text[0] = reg.text[0] = 0;
  nat = relay = gnome;
  if (gnome)
    A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35388"), NUTAG_PATH_ENABLE(0),
                   NUTAG_INSTANCE("urn:uuid:00000000-0000-1000-8000-000000000001"),
                   SIPTAG_FROM_STR("<sip:alice@127.0.0.1:35389>"), TAG_END());
  else
    A = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35388"), TAG_END());
  if (!A)
    exit(1);
  if (gnome)
    h = nua_handle(A, NULL, SIPTAG_EXPIRES_STR("180"), NUTAG_OUTBOUND("outbound natify gruuize validate"),
                   NUTAG_M_PARAMS("user=phone"), NUTAG_CALLEE_CAPS(1), TAG_END());
  else
    h = nua_handle(A, NULL, SIPTAG_TO_STR("<sip:bob@127.0.0.1:35389>"), TAG_END());
  nua_register(h, NUTAG_M_USERNAME(gnome ? "alice" : "bob"), TAG_IF(gnome, NUTAG_M_DISPLAY("Alice")),
               NUTAG_REGISTRAR("sip:127.0.0.1:35389"), TAG_END());
  run(s, 1200);
  nua_unregister(h, TAG_END());
  run(s, 500);
  nua_handle_destroy(h);
  agent_shutdown(A);
  fputs(reg.text, stdout);
  fputs(ev.text, stdout);
}

int main(void)
{
  int s;
  su_init();
  root = su_root_create(NULL);
  s = udp(35389);
  printf("-- 1. GNOME Calls' parameters, behind a NAT, probe routed back\n");
  scenario(s, 1);
  printf("-- 2. default parameters, the registrar answers the probe itself\n");
  scenario(s, 0);
  close(s);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
