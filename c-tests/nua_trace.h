/* Shared by the two-agent nua c-tests (agents A and B on one root). Each agent's event trace
 * is kept in its own buffer and printed per agent at the end (the two stacks run
 * concurrently, so one interleaved trace would not be deterministic). main() runs the
 * test's scenario, run(threading), with the stack in its own thread (1) and then in the
 * application's thread after su_root_threading(root, 0) (0); `done` says that both agents
 * were shut down. Include after <sofia-sip/nua.h> and <sofia-sip/su_wait.h>. */
#ifndef C_TESTS_NUA_TRACE_H
#define C_TESTS_NUA_TRACE_H

#include <stdarg.h>
#include <stdio.h>

struct agent {
  char const *name;
  nua_t *nua;
  char trace[32768];
  size_t len;
  int shutdown_done;
};

static struct agent A = { "A" }, B = { "B" };
static su_root_t *root;
static int done;

/* Appends to an agent's trace (what does not fit is dropped). */
static void out(struct agent *a, char const *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  if (a->len < sizeof a->trace)
    a->len += vsnprintf(a->trace + a->len, sizeof a->trace - a->len, fmt, ap);
  va_end(ap);
}

/* An agent's nua_r_shutdown came; once both have, the run is done and the loop stops. */
static void agent_down(struct agent *a)
{
  a->shutdown_done = 1;
  if (A.shutdown_done && B.shutdown_done) {
    done = 1;
    su_root_break(root);
  }
}

/* The root of one run (NULL on failure), the stack's thread as `threading` says; the
 * agents' traces and shutdown flags cleared. */
static su_root_t *run_root(int threading)
{
  root = su_root_create(NULL);
  if (!root)
    return NULL;
  if (!threading)
    su_root_threading(root, 0);
  A.len = B.len = 0;
  A.shutdown_done = B.shutdown_done = 0;
  done = 0;
  return root;
}

/* The test's scenario; 0 when it completed. */
static int run(int threading);

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

#endif
