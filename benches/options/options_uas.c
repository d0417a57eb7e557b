/* OPTIONS benchmark workload (issue 4): a transaction-layer responder on the public nta API.
 * One agent bound to URL, one default leg (no dialog) whose callback answers every OPTIONS
 * with 200 through nta_incoming_treply() and anything else with 501; the application owns
 * each incoming transaction and destroys it right after the answer (nta keeps it for
 * retransmissions). Stops after COUNT answered OPTIONS, after SECONDS, or on SIGINT/SIGTERM,
 * destroys the agent and exits 0 only if COUNT OPTIONS were answered.
 *   options_uas sip:127.0.0.1:PORT COUNT [SECONDS]        (default 300 s) */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/sip_tag.h>

static su_root_t *root;
static long wanted, answered;
static volatile sig_atomic_t stop_requested;

static int on_request(nta_leg_magic_t *magic, nta_leg_t *leg, nta_incoming_t *irq,
                      sip_t const *sip)
{
  (void)magic; (void)leg;
  if (sip->sip_request->rq_method != sip_method_options) {
    nta_incoming_treply(irq, SIP_501_NOT_IMPLEMENTED, TAG_END());
    nta_incoming_destroy(irq);
    return 0;
  }
  nta_incoming_treply(irq, SIP_200_OK,
                      SIPTAG_ALLOW_STR("INVITE, ACK, BYE, CANCEL, OPTIONS"),
                      SIPTAG_ACCEPT_STR("application/sdp"), TAG_END());
  nta_incoming_destroy(irq);
  if (++answered == wanted)
    su_root_break(root);
  return 0;
}

static void on_signal(int sig)
{
  (void)sig;
  stop_requested = 1;
}

/* Polls the signal flag: su_root_break() is not async-signal-safe. */
static void poll_stop(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  (void)m; (void)t; (void)arg;
  if (stop_requested)
    su_root_break(root);
}

static void time_out(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  (void)m; (void)t; (void)arg;
  fprintf(stderr, "options_uas: timeout after %ld answers\n", answered);
  su_root_break(root);
}

int main(int argc, char *argv[])
{
  nta_agent_t *agent;
  nta_leg_t *leg;
  su_timer_t *poll, *limit;
  long seconds;

  if (argc < 3)
    return 2;
  wanted = atol(argv[2]);
  seconds = argc > 3 ? atol(argv[3]) : 300;
  if (wanted <= 0 || seconds <= 0)
    return 2;

  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  su_init();
  root = su_root_create(NULL);
  if (!root)
    return 1;
  agent = nta_agent_create(root, URL_STRING_MAKE(argv[1]), NULL, NULL, TAG_END());
  if (!agent) {
    fprintf(stderr, "options_uas: cannot bind %s\n", argv[1]);
    return 1;
  }
  leg = nta_leg_tcreate(agent, on_request, NULL, NTATAG_NO_DIALOG(1), TAG_END());
  if (!leg)
    return 1;

  poll = su_timer_create(su_root_task(root), 100);
  limit = su_timer_create(su_root_task(root), seconds * 1000);
  su_timer_set_for_ever(poll, poll_stop, NULL);
  su_timer_set(limit, time_out, NULL);

  printf("ready\n");
  fflush(stdout);
  su_root_run(root);

  su_timer_destroy(limit);
  su_timer_destroy(poll);
  nta_leg_destroy(leg);
  nta_agent_destroy(agent);
  su_root_destroy(root);
  su_deinit();
  printf("answered %ld\n", answered);
  return answered == wanted ? 0 : 1;
}
