/* nta: INVITE between two agents (NTATAG_UA) on one root over UDP loopback:
 * 180/200/ACK/BYE with the dialog route set and tags, CANCEL after 180 (200 + 487 + ACK),
 * and a lost ACK (the UAS re-sends its 2xx until timer H and tells the application).
 * Only the event/status trace is printed (no tags, ports or branches). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/url.h>

static su_root_t *root;
static nta_agent_t *uac, *uas;
static nta_leg_t *cleg, *dleg;
static nta_incoming_t *irq;
static nta_outgoing_t *cancel;
static int scenario, done, acks_sent;

static void stop(void) { done = 1; su_root_break(root); }

static int ack_cancel_cb(nta_incoming_magic_t *m, nta_incoming_t *i, sip_t const *sip)
{
  (void)m;
  printf("uas: %s (status %d)\n", sip ? sip->sip_request->rq_method_name : "timeout",
         nta_incoming_status(i));
  if (!sip || sip->sip_request->rq_method == sip_method_ack)
    stop();
  return 0;
}

static int dialog_cb(nta_leg_magic_t *m, nta_leg_t *leg, nta_incoming_t *i, sip_t const *sip)
{
  (void)m; (void)leg; (void)i;
  printf("uas dialog: %s, CSeq %s, Route %s, rseq matches %s\n",
         sip->sip_request->rq_method_name, sip->sip_cseq->cs_method_name,
         sip->sip_route ? "yes" : "no",
         nta_leg_get_rseq(leg) == sip->sip_cseq->cs_seq ? "yes" : "no");
  return 200;
}

static int uas_cb(nta_leg_magic_t *m, nta_leg_t *leg, nta_incoming_t *i, sip_t const *sip)
{
  (void)m; (void)leg;
  printf("uas: %s, Record-Route %s\n", sip->sip_request->rq_method_name,
         sip->sip_record_route ? "yes" : "no");
  if (sip->sip_request->rq_method != sip_method_invite)
    return 200;
  irq = i;
  nta_incoming_bind(i, ack_cancel_cb, NULL);
  printf("uas: url %s, cseq ok %s, method %d\n", nta_incoming_url(i) ? "yes" : "no",
         nta_incoming_cseq(i) == sip->sip_cseq->cs_seq ? "yes" : "no", nta_incoming_method(i));
  nta_incoming_treply(i, SIP_180_RINGING, TAG_END());
  if (scenario == 1) {
    return 0;  /* the UAC cancels */
  }
  dleg = nta_leg_tcreate(uas, dialog_cb, NULL, SIPTAG_CALL_ID(sip->sip_call_id),
                         SIPTAG_FROM(sip->sip_to), SIPTAG_TO(sip->sip_from), TAG_END());
  printf("uas: dialog leg %s, tag %s\n", dleg ? "ok" : "NULL",
         nta_leg_tag(dleg, nta_incoming_tag(i, NULL)) ? "set" : "NULL");
  printf("uas: server_route %d\n", nta_leg_server_route(dleg, sip->sip_record_route, sip->sip_contact));
  nta_incoming_treply(i, SIP_200_OK, SIPTAG_CONTACT(nta_agent_contact(uas)), TAG_END());
  return 0;
}

static int cancel_cb(nta_outgoing_magic_t *m, nta_outgoing_t *orq, sip_t const *sip)
{
  (void)m; (void)orq;
  if (sip)
    printf("uac: CANCEL got %u\n", sip->sip_status->st_status);
  return 0;
}

static int uac_cb(nta_outgoing_magic_t *m, nta_outgoing_t *orq, sip_t const *sip)
{
  int status = sip ? (int)sip->sip_status->st_status : nta_outgoing_status(orq);
  (void)m;
  if (status == 100)
    return 0;
  if (status == 200 && scenario != 1) {
    if (acks_sent)
      return 0;  /* a retransmitted 2xx */
    printf("uac: INVITE got 200, Record-Route %s, Contact %s\n",
           sip->sip_record_route ? "yes" : "no", sip->sip_contact ? "yes" : "no");
    printf("uac: rtag %s\n", nta_leg_rtag(cleg, sip->sip_to->a_tag) ? "set" : "NULL");
    printf("uac: client_route %d\n",
           nta_leg_client_route(cleg, sip->sip_record_route, sip->sip_contact));
    acks_sent = 1;
    if (scenario == 0) {
      nta_outgoing_t *ack = nta_outgoing_tcreate(cleg, NULL, NULL, NULL, SIP_METHOD_ACK,
                                                 NULL, TAG_END());
      printf("uac: ACK sent\n");
      if (ack)
        nta_outgoing_destroy(ack);
    }
    return 0;
  }
  printf("uac: INVITE got %d\n", status);
  if (status == 180 && scenario == 1) {
    cancel = nta_outgoing_tcancel(orq, cancel_cb, NULL, TAG_END());
    printf("uac: tcancel %s, again %s\n", cancel ? "ok" : "NULL",
           nta_outgoing_tcancel(orq, NULL, NULL, TAG_END()) ? "ok" : "NULL");
  }
  return 0;
}

static int bye_cb(nta_outgoing_magic_t *m, nta_outgoing_t *orq, sip_t const *sip)
{
  (void)m; (void)orq;
  if (sip && sip->sip_status->st_status >= 200) {
    printf("uac: BYE got %u\n", sip->sip_status->st_status);
    stop();
  }
  return 0;
}

static void give_up(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  (void)m; (void)t; (void)arg;
  printf("timeout waiting\n");
  su_root_break(root);
}

static void run(void)
{
  su_timer_t *t = su_timer_create(su_root_task(root), 8000);
  su_timer_set(t, give_up, NULL);
  done = 0;
  su_root_run(root);
  su_timer_destroy(t);
}

static void settle(int ms)
{
  su_timer_t *t = su_timer_create(su_root_task(root), ms);
  su_timer_set(t, give_up, NULL);
  su_root_run(root);
  su_timer_destroy(t);
}

int main(void)
{
  char uri[128], rr[160];
  nta_leg_t *sleg;
  nta_outgoing_t *inv;
  int port;
  char const *from[] = { "<sip:alice@127.0.0.1>;tag=a1", "<sip:alice@127.0.0.1>;tag=a2",
                         "<sip:alice@127.0.0.1>;tag=a3" };

  su_init();
  root = su_root_create(NULL);
  uac = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:*"), NULL, NULL,
                         NTATAG_UA(1), NTATAG_SIP_T1(25), NTATAG_SIP_T1X64(1600), TAG_END());
  uas = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:*"), NULL, NULL,
                         NTATAG_UA(1), NTATAG_SIP_T1(25), NTATAG_SIP_T1X64(1600), TAG_END());
  if (!uac || !uas)
    return 1;
  port = atoi(nta_agent_contact(uas)->m_url->url_port);
  snprintf(uri, sizeof uri, "sip:bob@127.0.0.1:%d", port);
  snprintf(rr, sizeof rr, "<sip:127.0.0.1:%d;lr>", port);
  sleg = nta_leg_tcreate(uas, uas_cb, NULL, NTATAG_NO_DIALOG(1), TAG_END());

  for (scenario = 0; scenario < 3; scenario++) {
    static char const *names[] = { "answer", "cancel", "lost ACK" };
    printf("== %s\n", names[scenario]);
    acks_sent = 0;
    irq = NULL;
    dleg = NULL;
    cleg = nta_leg_tcreate(uac, NULL, NULL, SIPTAG_FROM_STR(from[scenario]),
                           SIPTAG_TO_STR("<sip:bob@127.0.0.1>"), TAG_END());
    inv = nta_outgoing_tcreate(cleg, uac_cb, NULL, NULL, SIP_METHOD_INVITE,
                               URL_STRING_MAKE(uri),
                               SIPTAG_CONTACT(nta_agent_contact(uac)),
                               SIPTAG_RECORD_ROUTE_STR(rr), TAG_END());
    printf("uac: INVITE %s\n", inv ? "sent" : "NULL");
    run();
    if (scenario == 0) {
      nta_outgoing_t *bye = nta_outgoing_tcreate(cleg, bye_cb, NULL, NULL, SIP_METHOD_BYE,
                                                 NULL, TAG_END());
      printf("uac: BYE %s, CSeq next %s\n", bye ? "sent" : "NULL",
             bye && nta_outgoing_cseq(bye) == nta_outgoing_cseq(inv) + 1 ? "yes" : "no");
      run();
      nta_outgoing_destroy(bye);
    }
    settle(200);
    if (irq)
      nta_incoming_destroy(irq);
    if (cancel)
      nta_outgoing_destroy(cancel), cancel = NULL;
    nta_outgoing_destroy(inv);
    if (dleg)
      nta_leg_destroy(dleg);
    nta_leg_destroy(cleg);
  }

  nta_leg_destroy(sleg);
  nta_agent_destroy(uac);
  nta_agent_destroy(uas);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
