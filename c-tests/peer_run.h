/* Shared by c-tests where a nua agent talks to a bare SIP peer on a UDP socket
 * (sip_peer.h): the loop that runs both, the agent's shutdown, and a text buffer for
 * traces printed at the end (the agent's events and the peer's view interleave by timing).
 * Include after <sofia-sip/nua.h> and <sofia-sip/su_wait.h>; the test defines serve(s),
 * which reads and answers one datagram, and calls shutdown_event() in its callback. */
#ifndef C_TESTS_PEER_RUN_H
#define C_TESTS_PEER_RUN_H

#include <poll.h>
#include <stdarg.h>
#include <stdio.h>

static su_root_t *root;
static int peer_downs;

static void serve(int s);

/* Runs the root and the peer's socket S for MS milliseconds. */
static void run(int s, int ms)
{
  int i;
  for (i = 0; i < ms / 10; i++) {
    struct pollfd p = { s, POLLIN, 0 };
    su_root_step(root, 5);
    if (poll(&p, 1, 5) > 0)
      serve(s);
  }
}

/* For the agent's callback: true for nua_r_shutdown (nothing else to do with it), whose
 * final answer sets peer_downs. */
static int shutdown_event(nua_event_t event, int status)
{
  if (event != nua_r_shutdown)
    return 0;
  if (status >= 200)
    peer_downs = 1;
  return 1;
}

/* nua_shutdown(), the root run until its final answer (at most 6 s), nua_destroy(). */
static void agent_shutdown(nua_t *nua)
{
  int i;
  nua_shutdown(nua);
  for (i = 0; i < 600 && !peer_downs; i++)
    su_root_step(root, 10);
  nua_destroy(nua);
}

struct trace {
  char text[16384];
  size_t len;
};

/* Appends to a trace (what does not fit is dropped). */
static void trace(struct trace *t, char const *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  if (t->len < sizeof t->text)
    t->len += vsnprintf(t->text + t->len, sizeof t->text - t->len, fmt, ap);
  va_end(ap);
}

#endif
