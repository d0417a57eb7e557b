/* nua glare (RFC 3261 §14.1) and reliable provisional responses (RFC 3262 §3). One nua
 * agent X talks to a plain UDP socket P (no SIP stack) on loopback, ports 35310-35317;
 * both threading modes; the events of X and what P sees are printed.
 *  1. P calls X; once the call is up X sends a re-INVITE; P holds it and sends its own
 *     re-INVITE, which X refuses with 491; then P answers X's re-INVITE 491 too. X must try
 *     again after 0-2 s (X does not own the Call-ID); P answers that one 200 and hangs up.
 *  2. the same with X as the caller: X owns the Call-ID and tries again after 2.1-4 s.
 *     The real library reports the 491 as final (nua_r_invite 491) and leaves the retry to
 *     the application, which this test then does with the RFC's interval; sofia-rs retries
 *     by itself (nua_r_invite 100 carrying the 491). Both are printed the same way:
 *     "nua_r_invite [491]"; P checks the delay of the new re-INVITE.
 *  3. P calls X with Supported: 100rel; X answers 183 with SDP (reliable) and 200 at
 *     once (an unreliable 180 in between would stop Debian's 1.12.11 from re-sending the
 *     183 at all: see docs/deviations.md). P does not PRACK the 183 until it came again twice (after T1, then 2*T1); the
 *     200 waits for the PRACK. P then hangs up.
 *  4. the same without PRACK: the 183 comes again after T1, 2, 4, 8, 16 and 32*T1; after
 *     64*T1 X rejects the INVITE (504 with a Reason). T1 is 250 ms here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_uniqueid.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/nta_tag.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>

#define T1 250

#define SDP_X "v=0\r\no=x 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 5004 RTP/AVP 0 8\r\n"
#define SDP_P "v=0\r\no=p 2 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 6004 RTP/AVP 8 0\r\n"
#define SDP_P2 "v=0\r\no=p 2 3 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 6004 RTP/AVP 8\r\n"

struct trace {
  char text[32768];
  size_t len;
};

static struct trace X, P;
static su_root_t *root;
static nua_t *nua;
static nua_handle_t *hx;
static su_timer_t *app_timer;
static int scenario, done, shutdown_done, raw_done, reinvited;

static void out(struct trace *t, char const *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  if (t->len < sizeof t->text)
    t->len += vsnprintf(t->text + t->len, sizeof t->text - t->len, fmt, ap);
  va_end(ap);
}

/* ---------------------------------------------------------------- the plain UDP peer P */

static int sock = -1, xport, pport;
static char xtarget[256];          /* X's Contact URI */
static char dfrom[512], dto[512];  /* P's From (with its tag) and To (X's, with tag) */
static char callid[128];
static unsigned cseq, bye_cseq, reinv2_cseq;
static char reinv1[4096], reinv1_branch[128], reinv2_branch[128];
static int glare_sent, got491, reinvites, prack_sent, acked, rel_count;
static su_time_t t491, t183;

static void raw_send(char const *text)
{
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(xport);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sendto(sock, text, strlen(text), 0, (struct sockaddr *)&to, sizeof to);
}

/* The value of header `name` (full name at the start of a line), or "". */
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

/* The URI inside <...> of a header value. */
static void uri_of(char const *value, char *buf, size_t size)
{
  char const *l = strchr(value, '<'), *r = l ? strchr(l, '>') : NULL;
  size_t n;
  if (!l || !r) {
    snprintf(buf, size, "%s", value);
    return;
  }
  n = (size_t)(r - l - 1);
  if (n >= size)
    n = size - 1;
  memcpy(buf, l + 1, n);
  buf[n] = '\0';
}

static void branch_of(char const *msg, char *buf, size_t size)
{
  char via[512];
  char const *b;
  header(msg, "Via", via, sizeof via);
  b = strstr(via, "branch=");
  snprintf(buf, size, "%.*s", b ? (int)strcspn(b + 7, ";, ") : 0, b ? b + 7 : "");
}

static long ms_since(su_time_t t)
{
  return (long)su_duration(su_now(), t);
}

/* A response to the request `req` (its Via, From, To, Call-ID and CSeq). */
static void respond(char const *req, char const *status, int contact, char const *sdp)
{
  char msg[4096], via[512], from[512], to[512], cid[256], cs[128], m[128] = "";
  if (contact)
    snprintf(m, sizeof m, "Contact: <sip:p@127.0.0.1:%d>\r\n", pport);
  header(req, "Via", via, sizeof via);
  header(req, "From", from, sizeof from);
  header(req, "To", to, sizeof to);
  header(req, "Call-ID", cid, sizeof cid);
  header(req, "CSeq", cs, sizeof cs);
  if (!strstr(to, "tag="))
    strncat(to, ";tag=ptag", sizeof to - strlen(to) - 1);
  snprintf(msg, sizeof msg,
           "SIP/2.0 %s\r\nVia: %s\r\nFrom: %s\r\nTo: %s\r\nCall-ID: %s\r\nCSeq: %s\r\n"
           "%s%s"
           "Content-Length: %u\r\n\r\n%s",
           status, via, from, to, cid, cs, m,
           sdp ? "Content-Type: application/sdp\r\n" : "",
           sdp ? (unsigned)strlen(sdp) : 0, sdp ? sdp : "");
  raw_send(msg);
}

/* A request in the dialog (P's From/To, X's Contact as target). */
static void request(char const *method, unsigned n, char const *branch, char const *extra, char const *sdp)
{
  char msg[4096];
  snprintf(msg, sizeof msg,
           "%s %s SIP/2.0\r\n"
           "Via: SIP/2.0/UDP 127.0.0.1:%d;branch=z9hG4bK-%s\r\n"
           "Max-Forwards: 70\r\nFrom: %s\r\nTo: %s\r\nCall-ID: %s\r\nCSeq: %u %s\r\n"
           "Contact: <sip:p@127.0.0.1:%d>\r\n%s%s"
           "Content-Length: %u\r\n\r\n%s",
           method, xtarget, pport, branch, dfrom, dto, callid, n, method, pport,
           extra ? extra : "", sdp ? "Content-Type: application/sdp\r\n" : "",
           sdp ? (unsigned)strlen(sdp) : 0, sdp ? sdp : "");
  raw_send(msg);
}

static void raw_invite(void)
{
  snprintf(xtarget, sizeof xtarget, "sip:x@127.0.0.1:%d", xport);
  snprintf(dfrom, sizeof dfrom, "<sip:p@127.0.0.1:%d>;tag=ptag", pport);
  snprintf(dto, sizeof dto, "<sip:x@127.0.0.1:%d>", xport);
  snprintf(callid, sizeof callid, "glare-%d@127.0.0.1", scenario);
  cseq = 1;
  request("INVITE", 1, "p-invite", scenario >= 3 ? "Supported: 100rel\r\n" : NULL, SDP_P);
}

/* Names the interval since the previous 183 as a power of two of T1 ("?" when far off). */
static void print_gap(long ms)
{
  int k;
  for (k = 1; k <= 64; k *= 2)
    if (ms >= k * T1 * 3 / 4 && ms <= k * T1 * 3 / 2) {
      out(&P, "183 again after %d*T1\n", k);
      return;
    }
  out(&P, "183 again after ? (%ld ms)\n", ms);
}

static void raw_poll(void)
{
  char buf[8192], cs[128], to[512], contact[512], rseq[64], require[128], reason[256], br[128];
  ssize_t n;

  if (sock < 0)
    return;
  while ((n = recv(sock, buf, sizeof buf - 1, MSG_DONTWAIT)) > 0) {
    int status = 0;
    buf[n] = '\0';
    header(buf, "CSeq", cs, sizeof cs);
    header(buf, "To", to, sizeof to);
    header(buf, "Contact", contact, sizeof contact);
    header(buf, "RSeq", rseq, sizeof rseq);
    header(buf, "Require", require, sizeof require);
    header(buf, "Reason", reason, sizeof reason);
    branch_of(buf, br, sizeof br);
    if (strncmp(buf, "SIP/2.0 ", 8) == 0)
      status = atoi(buf + 8);

    if (status == 100)
      continue;
    if (status) {
      /* --- responses */
      if (strcmp(cs, "1 INVITE") == 0 && status == 183) {
        if (rel_count++ == 0) {
          t183 = su_now();
          out(&P, "183 rseq=%s require=%s sdp=%d\n", atol(rseq) > 0 ? "yes" : "-", require,
              strstr(buf, "\r\n\r\nv=0") != NULL);
          strcpy(dto, to);
          uri_of(contact, xtarget, sizeof xtarget);
        }
        else {
          print_gap(ms_since(t183));
          t183 = su_now();
        }
        if (scenario == 3 && rel_count == 3 && !prack_sent) {
          char rack[64];
          prack_sent = 1;
          snprintf(rack, sizeof rack, "RAck: %s 1 INVITE\r\n", rseq);
          request("PRACK", ++cseq, "p-prack", rack, NULL);
          out(&P, "PRACK sent\n");
        }
      }
      else if (strcmp(cs, "1 INVITE") == 0 && status < 200) {
        out(&P, "%d rseq=%s\n", status, rseq[0] ? rseq : "-");
      }
      else if (strcmp(cs, "1 INVITE") == 0 && status == 200) {
        if (acked)
          continue;
        acked = 1;
        if (scenario >= 3)
          out(&P, "200 INVITE sdp=%d\n", strstr(buf, "\r\n\r\nv=0") != NULL);
        strcpy(dto, to);
        uri_of(contact, xtarget, sizeof xtarget);
        request("ACK", 1, "p-ack", NULL, NULL);
        if (scenario == 3) {
          bye_cseq = ++cseq;
          request("BYE", bye_cseq, "p-bye", NULL, NULL);
        }
      }
      else if (strcmp(cs, "1 INVITE") == 0 && status >= 300) {
        if (raw_done)
          continue;
        out(&P, "%d to INVITE, Reason: %s\n", status, reason);
        header(buf, "To", dto, sizeof dto);
        snprintf(xtarget, sizeof xtarget, "sip:x@127.0.0.1:%d", xport);
        request("ACK", 1, "p-invite", NULL, NULL);
        raw_done = 1;
      }
      else if (strstr(cs, "PRACK")) {
        out(&P, "%d PRACK\n", status);
      }
      else if (strstr(cs, "INVITE") && status == 491) {
        if (got491++)
          continue;
        out(&P, "491 to our re-INVITE\n");
        request("ACK", (unsigned)atoi(cs), "p-glare", NULL, NULL);
        respond(reinv1, "491 Request Pending", 0, NULL);
        t491 = su_now();
      }
      else if (strstr(cs, "BYE")) {
        if (!raw_done)
          out(&P, "%d BYE\n", status);
        raw_done = 1;
      }
      else {
        out(&P, "unexpected response %d %s\n", status, cs);
      }
      continue;
    }

    /* --- requests */
    if (strncmp(buf, "INVITE ", 7) == 0 && !strstr(to, "tag=")) {
      /* X calls P */
      if (acked++)
        continue;
      respond(buf, "200 OK", 1, SDP_P);
    }
    else if (strncmp(buf, "INVITE ", 7) == 0) {
      if (strcmp(br, reinv1_branch) == 0 || strcmp(br, reinv2_branch) == 0)
        continue;		/* retransmission */
      reinvites++;
      if (reinvites == 1) {
        char from[512];
        strcpy(reinv1, buf);
        strcpy(reinv1_branch, br);
        header(buf, "From", from, sizeof from);
        strcpy(dto, from);
        strcpy(dfrom, to);
        header(buf, "Call-ID", callid, sizeof callid);
        uri_of(contact, xtarget, sizeof xtarget);
        out(&P, "re-INVITE from X, sdp=%d; sending ours\n", strstr(buf, "\r\n\r\nv=0") != NULL);
        request("INVITE", ++cseq, "p-glare", NULL, SDP_P2);
      }
      else {
        long d = ms_since(t491);
        int owner = scenario == 2;
        strcpy(reinv2_branch, br);
        reinv2_cseq = (unsigned)atoi(cs);
        out(&P, "re-INVITE from X again, sdp=%d, delay %s\n", strstr(buf, "\r\n\r\nv=0") != NULL,
            owner ? (d >= 2100 - 50 && d <= 4000 + 300 ? "in 2.1-4 s" : "WRONG")
                  : (d >= 0 && d <= 2000 + 300 ? "in 0-2 s" : "WRONG"));
        if ((owner && (d < 2050 || d > 4300)) || (!owner && d > 2300))
          out(&P, "  (%ld ms)\n", d);
        respond(buf, "200 OK", 1, SDP_P2);
      }
    }
    else if (strncmp(buf, "ACK ", 4) == 0) {
      if (reinv2_cseq && (unsigned)atoi(cs) == reinv2_cseq && !bye_cseq) {
        bye_cseq = ++cseq;
        request("BYE", bye_cseq, "p-bye", NULL, NULL);
      }
    }
    else if (strncmp(buf, "BYE ", 4) == 0) {
      respond(buf, "200 OK", 0, NULL);
    }
    else {
      out(&P, "unexpected: %.30s\n", buf);
    }
  }
}

static int raw_open(void)
{
  struct sockaddr_in me;
  sock = socket(AF_INET, SOCK_DGRAM, 0);
  if (sock < 0)
    return -1;
  memset(&me, 0, sizeof me);
  me.sin_family = AF_INET;
  me.sin_port = htons(pport);
  me.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(sock, (struct sockaddr *)&me, sizeof me) < 0) {
    close(sock);
    sock = -1;
    return -1;
  }
  return 0;
}

/* ---------------------------------------------------------------- the nua agent X */

static void app_retry(su_root_magic_t *magic, su_timer_t *t, su_timer_arg_t *arg)
{
  nua_invite(hx, TAG_END());
}

static void cb(nua_event_t event, int status, char const *phrase, nua_t *n,
               nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
               sip_t const *sip, tagi_t tags[])
{
  tagi_t const *t;
  int state = -1, glare = event == nua_r_invite && sip && sip->sip_status &&
    sip->sip_status->st_status == 491;

  if (glare)
    out(&X, "nua_r_invite [491]");
  else
    out(&X, "%s %d %s", nua_event_name(event), status, phrase ? phrase : "(null)");
  out(&X, " nh=%s", nh == NULL ? "null" : nh == hx ? "call" : "other");
  if (sip) {
    if (sip->sip_request)
      out(&X, " req=%s", sip->sip_request->rq_method_name);
    if (sip->sip_status)
      out(&X, " resp=%d", sip->sip_status->st_status);
    if (sip->sip_cseq)
      out(&X, " cseq=%s", sip->sip_cseq->cs_method_name);
  }
  tl_gets(tags, NUTAG_CALLSTATE_REF(state), TAG_END());
  if (state >= 0)
    out(&X, " state=%s", nua_callstate_name(state));
  out(&X, " tags:");
  for (t = tags; t && t->t_tag; t = tl_next(t)) {
    char const *name = t->t_tag->tt_name;
    size_t l = strlen(name);
    if (l >= 3 && (strcmp(name + l - 3, "sdp") == 0 || strcmp(name + l - 3, "str") == 0))
      out(&X, " %s", name);
    else
      out(&X, " %s=%ld", name, (long)t->t_value);
  }
  out(&X, "\n");

  switch (event) {
  case nua_i_invite:
    if (hx)
      break;
    hx = nh;
    if (scenario == 1)
      nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_X), TAG_END());
    else {
      nua_respond(nh, SIP_183_SESSION_PROGRESS, SOATAG_USER_SDP_STR(SDP_X), NUTAG_EARLY_ANSWER(1), TAG_END());
      if (scenario == 3)
        nua_respond(nh, SIP_200_OK, SOATAG_USER_SDP_STR(SDP_X), TAG_END());
    }
    break;
  case nua_i_state:
    if (state == nua_callstate_ready && scenario <= 2 && !reinvited) {
      reinvited = 1;
      nua_invite(hx, TAG_END());
    }
    break;
  case nua_r_invite:
    if (glare && status == 491) {
      /* The 491 is final: the application sends the re-INVITE again after the interval
         of RFC 3261 §14.1 (X owns the Call-ID in scenario 2). */
      int ms = scenario == 2 ? su_randint(210, 400) * 10 : su_randint(0, 200) * 10;
      su_timer_set_interval(app_timer, app_retry, NULL, ms);
    }
    break;
  case nua_i_terminated:
    nua_handle_destroy(nh);
    if (nh == hx)
      hx = NULL;
    nua_shutdown(nua);
    break;
  case nua_r_shutdown:
    if (status >= 200) {
      shutdown_done = 1;
      su_root_break(root);
    }
    break;
  default:
    break;
  }
}

static int run_scenario(int threading, int n)
{
  su_time_t deadline;
  char url[64];

  scenario = n;
  xport = 35310 + 2 * (n - 1);
  pport = xport + 1;
  X.len = P.len = 0;
  done = shutdown_done = raw_done = reinvited = 0;
  glare_sent = got491 = reinvites = prack_sent = acked = rel_count = 0;
  cseq = 10;			/* P's requests in scenario 2 */
  bye_cseq = reinv2_cseq = 0;
  reinv1[0] = reinv1_branch[0] = reinv2_branch[0] = '\0';
  hx = NULL;

  snprintf(url, sizeof url, "sip:127.0.0.1:%d", xport);
  nua = nua_create(root, cb, NULL, NUTAG_URL(url),
                   NTATAG_SIP_T1(T1), NTATAG_SIP_T1X64(64 * T1), TAG_END());
  if (!nua || raw_open() < 0) {
    printf("setup failed\n");
    return 1;
  }
  if (n == 2) {
    char to[64];
    snprintf(to, sizeof to, "sip:p@127.0.0.1:%d", pport);
    hx = nua_handle(nua, NULL, SIPTAG_TO_STR(to), TAG_END());
    nua_invite(hx, SOATAG_USER_SDP_STR(SDP_X), TAG_END());
  }
  else
    raw_invite();

  deadline = su_now();
  deadline.tv_sec += 40;
  while (!(shutdown_done && raw_done) && su_time_cmp(su_now(), deadline) < 0) {
    su_root_step(root, 20);
    raw_poll();
  }
  done = shutdown_done && raw_done;

  printf("=== scenario %d (%s)\n--- X\n%s--- P\n%s", n, threading ? "threaded" : "single thread",
         X.text, P.text);
  printf("done: %d\n", done);
  if (done)
    nua_destroy(nua);
  nua = NULL;
  close(sock), sock = -1;
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
  app_timer = su_timer_create(su_root_task(root), 0);
  for (n = 1; n <= 4 && rc == 0; n++)
    if (!getenv("GLARE_ONLY") || atoi(getenv("GLARE_ONLY")) == n)
      rc = run_scenario(threading, n);
  su_timer_destroy(app_timer);
  su_root_destroy(root);
  return rc;
}

int main(void)
{
  int rc;
  su_init();
  rc = run(1);
  if (rc == 0)
    rc = run(0);
  su_deinit();
  return rc;
}
