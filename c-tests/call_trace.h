/* Shared by the nua call c-tests (two agents, nua_trace.h): the SDP offers of A and B, the
 * call handles, one trace line per event, and the end of a run. Include after nua_trace.h
 * and <sofia-sip/soa_tag.h>. */
#ifndef C_TESTS_CALL_TRACE_H
#define C_TESTS_CALL_TRACE_H

#include <string.h>

#define SDP_A "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 5004 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\n"
#define SDP_B "v=0\r\no=b 2 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" \
  "m=audio 6004 RTP/AVP 8 0 101\r\na=rtpmap:101 telephone-event/8000\r\n"

static nua_handle_t *ha;  /* A's current call */
static nua_handle_t *hb;  /* B's current call */

/* What a trace line shows besides the event, its status, phrase and handle, the message,
 * the call state, the m= lines of the local and remote SDP and the tags. */
enum {
  TRACE_HMAGIC = 1,    /* the handle's magic (a string) */
  TRACE_OA = 2,        /* offer/answer flags and the active audio mode */
  TRACE_DIRECTION = 4  /* the direction attribute of each SDP after its m= line */
};

/* The m= line of an SDP text (and its direction attribute). */
static void mline(struct agent *a, char const *what, char const *sdp, int opts)
{
  char const *m = sdp ? strstr(sdp, "m=") : NULL, *d;
  size_t n;
  if (!m)
    return;
  n = strcspn(m, "\r\n");
  if (!(opts & TRACE_DIRECTION)) {
    out(a, " %s=[%.*s]", what, (int)n, m);
    return;
  }
  out(a, " %s=[%.*s", what, (int)n, m);
  d = strstr(sdp, "a=send");
  if (!d) d = strstr(sdp, "a=recv");
  if (!d) d = strstr(sdp, "a=inactive");
  if (d)
    out(a, " %.*s", (int)strcspn(d, "\r\n"), d);
  out(a, "]");
}

/* The trace line of one event of agent A's or B's callback; returns its call state (-1
 * when it has none). */
static int trace_event(struct agent *a, int opts, nua_event_t event, int status, char const *phrase,
                       nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  tagi_t const *t;
  int state = -1, offer_sent = 0, offer_recv = 0, answer_sent = 0, answer_recv = 0;
  int audio = -99;
  char const *local = NULL, *remote = NULL;

  out(a, "%s %d %s nh=%s", nua_event_name(event), status, phrase ? phrase : "(null)",
      nh == NULL ? "null" : (nh == ha || nh == hb) ? "call" : "other");
  if (opts & TRACE_HMAGIC)
    out(a, " hmagic=%s", hmagic ? (char *)hmagic : "null");
  if (sip) {
    if (sip->sip_request)
      out(a, " req=%s", sip->sip_request->rq_method_name);
    if (sip->sip_status)
      out(a, " resp=%d", sip->sip_status->st_status);
    if (sip->sip_cseq)
      out(a, " cseq=%s", sip->sip_cseq->cs_method_name);
    if (sip->sip_content_type)
      out(a, " ct=%s", sip->sip_content_type->c_type);
  }
  tl_gets(tags, NUTAG_CALLSTATE_REF(state), NUTAG_OFFER_SENT_REF(offer_sent),
          NUTAG_OFFER_RECV_REF(offer_recv), NUTAG_ANSWER_SENT_REF(answer_sent),
          NUTAG_ANSWER_RECV_REF(answer_recv), SOATAG_ACTIVE_AUDIO_REF(audio),
          SOATAG_LOCAL_SDP_STR_REF(local), SOATAG_REMOTE_SDP_STR_REF(remote), TAG_END());
  if (state >= 0)
    out(a, " state=%s", nua_callstate_name(state));
  if (opts & TRACE_OA) {
    if (offer_sent) out(a, " offer_sent");
    if (offer_recv) out(a, " offer_recv");
    if (answer_sent) out(a, " answer_sent");
    if (answer_recv) out(a, " answer_recv");
    if (audio != -99)
      out(a, " audio=%d", audio);
  }
  mline(a, "local", local, opts);
  mline(a, "remote", remote, opts);
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
  return state;
}

/* The end of a run: the root run until both agents are down (at most 20 s), both traces
 * printed, the agents destroyed when they are down, the root destroyed. 0 when done. */
static int finish_run(int threading)
{
  su_time_t deadline = su_now();
  deadline.tv_sec += 20;
  while (!done && su_time_cmp(su_now(), deadline) < 0)
    su_root_step(root, 100);

  printf("--- A (%s)\n%s", threading ? "threaded" : "single thread", A.trace);
  printf("--- B\n%s", B.trace);
  printf("done: %d\n", done);
  if (done) {
    nua_destroy(A.nua);
    nua_destroy(B.nua);
  }
  su_root_destroy(root);
  return done ? 0 : 1;
}

#endif
