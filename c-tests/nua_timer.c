/* nua session timers (RFC 4028): four calls, each between fresh agents on loopback
 * (ports 35300-35307), in both threading modes. The events of each side are printed with
 * the Session-Expires, Min-SE and Require headers of their messages.
 *  1. refresh by re-INVITE: A asks NUTAG_SESSION_TIMER(8); B lets the UAC refresh
 *     (refresher=uac); A refreshes at half the interval; then A hangs up.
 *  2. refresh by UPDATE from the UAS: A's INVITE says Require: timer without a refresher,
 *     so B refreshes (refresher=uas), with UPDATE (NUTAG_UPDATE_REFRESH(1)); then B hangs up.
 *  3. 422: B's NUTAG_MIN_SE(60) is above A's 8 s; B answers 422 with Min-SE: 90 and A
 *     asks again with 90; then A hangs up.
 *  4. expiry: a plain UDP socket (no SIP stack) calls B with Session-Expires: 4;
 *     refresher=uac and never refreshes; B ends the call with BYE (Reason 408 "Session
 *     timeout") before the interval is over. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#include "nua_trace.h"

#define SDP_A "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 5004 RTP/AVP 0 8\r\n"
#define SDP_B "v=0\r\no=b 2 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 6004 RTP/AVP 8 0\r\n"


static struct agent R = { "raw" };
static nua_handle_t *ha, *hb;
static int scenario, a_ok, raw_sock = -1, raw_done, raw_acked;

static void shutdown_all(void)
{
  if (A.nua)
    nua_shutdown(A.nua);
  else
    A.shutdown_done = 1;
  nua_shutdown(B.nua);
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  struct agent *a = (struct agent *)magic;
  tagi_t const *t;
  int state = -1;

  out(a, "%s %d %s nh=%s", nua_event_name(event), status, phrase ? phrase : "(null)",
      nh == NULL ? "null" : (nh == ha || nh == hb) ? "call" : "other");
  if (sip) {
    if (sip->sip_request)
      out(a, " req=%s", sip->sip_request->rq_method_name);
    if (sip->sip_status)
      out(a, " resp=%d", sip->sip_status->st_status);
    if (sip->sip_cseq)
      out(a, " cseq=%s", sip->sip_cseq->cs_method_name);
    if (sip->sip_session_expires)
      out(a, " se=%lu/%s", sip->sip_session_expires->x_delta,
          sip->sip_session_expires->x_refresher ? sip->sip_session_expires->x_refresher : "-");
    if (sip->sip_min_se)
      out(a, " min-se=%lu", sip->sip_min_se->min_delta);
    if (sip->sip_require && sip->sip_require->k_items) {
      msg_param_t const *p;
      out(a, " require=");
      for (p = sip->sip_require->k_items; *p; p++)
        out(a, "%s%s", p == sip->sip_require->k_items ? "" : ",", *p);
    }
    if (sip->sip_reason)
      out(a, " reason=%s;%s", sip->sip_reason->re_protocol,
          sip->sip_reason->re_cause ? sip->sip_reason->re_cause : "-");
  }
  tl_gets(tags, NUTAG_CALLSTATE_REF(state), TAG_END());
  if (state >= 0)
    out(a, " state=%s", nua_callstate_name(state));
  out(a, " tags:");
  for (t = tags; t && t->t_tag; t = tl_next(t)) {
    char const *n = t->t_tag->tt_name;
    size_t l = strlen(n);
    if (l >= 3 && (strcmp(n + l - 3, "sdp") == 0 || strcmp(n + l - 3, "str") == 0))
      out(a, " %s", n);
    else
      out(a, " %s=%ld", n, (long)t->t_value);
  }
  out(a, "\n");

  switch (event) {
  case nua_i_invite:
    if (!hb) {
      hb = nh;
      nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_B), TAG_END());
    }
    break;
  case nua_r_invite:
    if (status == 200 && a == &A) {
      a_ok++;
      /* 1: the second 200 is the refresh; 3: the call is up after the 422. */
      if ((scenario == 1 && a_ok == 2) || (scenario == 3 && a_ok == 1))
        nua_bye(ha, TAG_END());
    }
    break;
  case nua_r_update:
    if (status == 200 && a == &B && scenario == 2)
      nua_bye(hb, TAG_END());
    break;
  case nua_i_terminated:
    nua_handle_destroy(nh);
    if (nh == ha) ha = NULL;
    if (nh == hb) hb = NULL;
    if (!ha && !hb && (scenario != 4 || raw_done))
      shutdown_all();
    break;
  case nua_r_shutdown:
    if (status >= 200) {
      agent_down(a);
    }
    break;
  default:
    break;
  }
}

/* ---- the plain UDP caller of scenario 4 */

#define RAW_PORT 35307
#define RAW_B_PORT 35306

static void raw_send(char const *text)
{
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(RAW_B_PORT);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sendto(raw_sock, text, strlen(text), 0, (struct sockaddr *)&to, sizeof to);
}

/* The value of header `name` (canonical name at the start of a line), or "" */
static void header(char const *msg, char const *name, char *buf, size_t size)
{
  char pat[64];
  char const *p;
  size_t n;
  snprintf(pat, sizeof pat, "\r\n%s:", name);
  buf[0] = '\0';
  p = strstr(msg, pat);
  if (!p)
    return;
  p += strlen(pat);
  while (*p == ' ')
    p++;
  n = strcspn(p, "\r\n");
  if (n >= size)
    n = size - 1;
  memcpy(buf, p, n);
  buf[n] = '\0';
}

static void raw_invite(void)
{
  char msg[2048];
  snprintf(msg, sizeof msg,
           "INVITE sip:b@127.0.0.1:%d SIP/2.0\r\n"
           "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-raw-invite\r\n"
           "Max-Forwards: 70\r\n"
           "From: <sip:raw@127.0.0.1:%d>;tag=rawtag\r\n"
           "To: <sip:b@127.0.0.1:%d>\r\n"
           "Call-ID: raw-timer-call@127.0.0.1\r\n"
           "CSeq: 1 INVITE\r\n"
           "Contact: <sip:raw@127.0.0.1:%d>\r\n"
           "Supported: timer\r\n"
           "Session-Expires: 4;refresher=uac\r\n"
           "Min-SE: 2\r\n"
           "Content-Type: application/sdp\r\n"
           "Content-Length: %u\r\n\r\n%s",
           RAW_B_PORT, RAW_PORT, RAW_PORT, RAW_B_PORT, RAW_PORT,
           (unsigned)strlen(SDP_A), SDP_A);
  raw_send(msg);
}

static void raw_poll(void)
{
  char buf[4096], to[512], via[512], from[512], cseq[128], se[128], req[128], min[64], reason[256];
  ssize_t n;

  if (raw_sock < 0)
    return;
  while ((n = recv(raw_sock, buf, sizeof buf - 1, MSG_DONTWAIT)) > 0) {
    buf[n] = '\0';
    header(buf, "To", to, sizeof to);
    header(buf, "Via", via, sizeof via);
    header(buf, "From", from, sizeof from);
    header(buf, "CSeq", cseq, sizeof cseq);
    header(buf, "Session-Expires", se, sizeof se);
    header(buf, "Require", req, sizeof req);
    header(buf, "Min-SE", min, sizeof min);
    header(buf, "Reason", reason, sizeof reason);
    if (strncmp(buf, "SIP/2.0 200", 11) == 0 && strstr(cseq, "INVITE")) {
      char ack[2048];
      if (raw_acked)
        continue;		/* a retransmission */
      raw_acked = 1;
      out(&R, "200 to INVITE: Session-Expires=[%s] Require=[%s] Min-SE=[%s]\n", se, req, min);
      snprintf(ack, sizeof ack,
               "ACK sip:b@127.0.0.1:%d SIP/2.0\r\n"
               "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-raw-ack\r\n"
               "Max-Forwards: 70\r\n"
               "From: <sip:raw@127.0.0.1:%d>;tag=rawtag\r\n"
               "To: %s\r\n"
               "Call-ID: raw-timer-call@127.0.0.1\r\n"
               "CSeq: 1 ACK\r\n"
               "Content-Length: 0\r\n\r\n",
               RAW_B_PORT, RAW_PORT, RAW_PORT, to);
      raw_send(ack);
    }
    else if (strncmp(buf, "SIP/2.0 ", 8) == 0) {
      /* 100 Trying */
    }
    else if (strncmp(buf, "BYE ", 4) == 0) {
      char ok[2048];
      if (!raw_done)
        out(&R, "BYE: Reason=[%s]\n", reason);
      raw_done = 1;
      snprintf(ok, sizeof ok,
               "SIP/2.0 200 OK\r\n"
               "Via: %s\r\nFrom: %s\r\nTo: %s\r\n"
               "Call-ID: raw-timer-call@127.0.0.1\r\nCSeq: %s\r\n"
               "Content-Length: 0\r\n\r\n",
               via, from, to, cseq);
      raw_send(ok);
    }
    else {
      out(&R, "unexpected: %.20s\n", buf);
    }
  }
}

static int raw_open(void)
{
  struct sockaddr_in me;
  raw_sock = socket(AF_INET, SOCK_DGRAM, 0);
  if (raw_sock < 0)
    return -1;
  memset(&me, 0, sizeof me);
  me.sin_family = AF_INET;
  me.sin_port = htons(RAW_PORT);
  me.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(raw_sock, (struct sockaddr *)&me, sizeof me) < 0) {
    close(raw_sock);
    raw_sock = -1;
    return -1;
  }
  return 0;
}

static int run_scenario(int threading, int n)
{
  su_time_t deadline;
  int base = 35300 + 2 * (n - 1);
  char url_a[64], url_b[64];

  snprintf(url_a, sizeof url_a, "sip:127.0.0.1:%d", base);
  snprintf(url_b, sizeof url_b, "sip:127.0.0.1:%d", n == 4 ? RAW_B_PORT : base + 1);
  scenario = n;
  A.len = B.len = R.len = 0;
  A.shutdown_done = B.shutdown_done = 0;
  done = a_ok = raw_done = raw_acked = 0;
  ha = hb = NULL;
  A.nua = NULL;

  switch (n) {
  case 1:
    B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(url_b), NUTAG_MIN_SE(5), TAG_END());
    A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(url_a),
                       NUTAG_SESSION_TIMER(8), NUTAG_MIN_SE(5), TAG_END());
    break;
  case 2:
    B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(url_b), NUTAG_MIN_SE(5),
                       NUTAG_UPDATE_REFRESH(1), TAG_END());
    A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(url_a),
                       NUTAG_SESSION_TIMER(8), NUTAG_MIN_SE(5), TAG_END());
    break;
  case 3:
    B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(url_b), NUTAG_MIN_SE(60), TAG_END());
    A.nua = nua_create(root, cb, (nua_magic_t *)&A, NUTAG_URL(url_a),
                       NUTAG_SESSION_TIMER(8), NUTAG_MIN_SE(5), TAG_END());
    break;
  case 4:
    B.nua = nua_create(root, cb, (nua_magic_t *)&B, NUTAG_URL(url_b), NUTAG_MIN_SE(2), TAG_END());
    break;
  }
  if (!B.nua || (n != 4 && !A.nua)) {
    printf("nua_create failed\n");
    return 1;
  }

  if (n == 4) {
    if (raw_open() < 0) {
      printf("raw socket failed\n");
      return 1;
    }
    raw_invite();
  }
  else {
    ha = nua_handle(A.nua, NULL, SIPTAG_TO_STR(url_b), TAG_END());
    nua_invite(ha, SOATAG_USER_SDP_STR(SDP_A),
               TAG_IF(n == 2, SIPTAG_REQUIRE_STR("timer")), TAG_END());
  }

  deadline = su_now();
  deadline.tv_sec += 30;
  while (!done && su_time_cmp(su_now(), deadline) < 0) {
    su_root_step(root, 50);
    raw_poll();
  }

  printf("=== scenario %d (%s)\n", n, threading ? "threaded" : "single thread");
  if (n != 4)
    printf("--- A\n%s", A.trace);
  printf("--- B\n%s", B.trace);
  if (n == 4)
    printf("--- raw\n%s", R.trace);
  printf("done: %d\n", done);
  if (done) {
    if (A.nua)
      nua_destroy(A.nua);
    nua_destroy(B.nua);
  }
  A.nua = B.nua = NULL;
  if (raw_sock >= 0)
    close(raw_sock), raw_sock = -1;
  return done ? 0 : 1;
}

static int run(int threading)
{
  int n, rc = 0;
  root = su_root_create(NULL);
  if (!root)
    return 1;
  if (!threading)
    su_root_threading(root, 0);
  for (n = 1; n <= 4 && rc == 0; n++)
    rc = run_scenario(threading, n);
  su_root_destroy(root);
  return rc;
}
