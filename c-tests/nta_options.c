/* nta: two agents on one root over loopback (UDP and TCP): OPTIONS answered 200 by the
 * server's default leg, other methods 404, a closed TCP port gives a local 503, a silent
 * UDP peer a local 408 (short timers), plus NULL-argument behaviour. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/url.h>

static int final_status, calls;
static su_root_t *the_root;

static int server_cb(nta_leg_magic_t *m, nta_leg_t *leg, nta_incoming_t *irq, sip_t const *sip)
{
  (void)m; (void)leg; (void)irq;
  printf("server: %s %s\n", sip->sip_request->rq_method_name,
         sip->sip_to->a_tag ? "with tag" : "without tag");
  return sip->sip_request->rq_method == sip_method_options ? 200 : 404;
}

static int response_cb(nta_outgoing_magic_t *m, nta_outgoing_t *orq, sip_t const *sip)
{
  (void)m;
  calls++;
  if (sip == NULL) {
    printf("response: none, status %d\n", nta_outgoing_status(orq));
    final_status = nta_outgoing_status(orq);
    su_root_break(the_root);
    return 0;
  }
  printf("response: %u %s, CSeq %s, To tag %s, status %d\n", sip->sip_status->st_status,
         sip->sip_status->st_phrase, sip->sip_cseq->cs_method_name,
         sip->sip_to->a_tag ? "yes" : "no", nta_outgoing_status(orq));
  if (sip->sip_status->st_status >= 200) {
    final_status = sip->sip_status->st_status;
    su_root_break(the_root);
  }
  return 0;
}

static void give_up(su_root_magic_t *m, su_timer_t *t, su_timer_arg_t *arg)
{
  (void)m; (void)t; (void)arg;
  su_root_break(the_root);
}

/* Runs the loop until a final response (or 8 s). */
static void wait_final(su_root_t *root)
{
  su_timer_t *t = su_timer_create(su_root_task(root), 8000);
  su_timer_set(t, give_up, NULL);
  if (final_status == 0)
    su_root_run(root);
  su_timer_destroy(t);
}

static int request(su_root_t *root, nta_leg_t *leg, sip_method_t method, char const *name,
                   char const *uri)
{
  nta_outgoing_t *orq;
  msg_t *req;
  final_status = 0; calls = 0;
  orq = nta_outgoing_tcreate(leg, response_cb, NULL, NULL, method, name,
                             URL_STRING_MAKE(uri), SIPTAG_SUBJECT_STR("test"), TAG_END());
  if (!orq) { printf("tcreate failed\n"); return -1; }
  req = nta_outgoing_getrequest(orq);
  if (req) {
    sip_t *sip = sip_object(req);
    printf("request: %s, Subject %s, Max-Forwards %lu, From tag %s\n",
           sip->sip_request->rq_method_name,
           sip->sip_subject ? sip->sip_subject->g_string : "-",
           sip->sip_max_forwards ? sip->sip_max_forwards->mf_count : 0,
           sip->sip_from->a_tag ? "yes" : "no");
    msg_destroy(req);
  }
  printf("before loop: %d callbacks\n", calls);
  wait_final(root);
  printf("final %d after %d callbacks\n", final_status, calls);
  nta_outgoing_destroy(orq);
  return final_status;
}

static int free_port(int type)
{
  struct sockaddr_in sin;
  socklen_t len = sizeof sin;
  int s = socket(AF_INET, type, 0), port;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(s, (struct sockaddr *)&sin, sizeof sin);
  getsockname(s, (struct sockaddr *)&sin, &len);
  port = ntohs(sin.sin_port);
  close(s);
  return port;
}

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  su_root_t *root;
  nta_agent_t *server, *client;
  nta_leg_t *sleg, *cleg;
  sip_contact_t const *m;
  char uri[128];
  char const *tag;
  int silent, port;

  su_init();
  su_home_init(home);
  root = the_root = su_root_create(NULL);

  printf("agent NULL root: %s\n", nta_agent_create(NULL, NULL, NULL, NULL, TAG_END()) ? "made" : "NULL");
  printf("leg NULL agent: %s\n", nta_leg_tcreate(NULL, NULL, NULL, TAG_END()) ? "made" : "NULL");
  printf("status NULL: %d\n", nta_outgoing_status(NULL));
  nta_agent_destroy(NULL);
  nta_outgoing_destroy(NULL);
  nta_leg_destroy(NULL);

  server = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:*"), NULL, NULL, TAG_END());
  client = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:*"), NULL, NULL,
                            NTATAG_SIP_T1(25), NTATAG_SIP_T1X64(400), TAG_END());
  printf("agents: %s %s\n", server ? "ok" : "NULL", client ? "ok" : "NULL");
  if (!server || !client)
    return 1;
  printf("set_params: %d\n", nta_agent_set_params(client, NTATAG_SIP_T2(100), TAG_END()));
  m = nta_agent_contact(server);
  printf("contact host %s, port %s\n", m->m_url->url_host, m->m_url->url_port ? "set" : "none");
  port = atoi(m->m_url->url_port);

  tag = nta_agent_newtag(home, "tag=%s", client);
  printf("newtag: %.4s..., %s\n", tag, strlen(tag) > 8 ? "long enough" : "short");

  sleg = nta_leg_tcreate(server, server_cb, NULL, NTATAG_NO_DIALOG(1), TAG_END());
  cleg = nta_leg_tcreate(client, NULL, NULL,
                         SIPTAG_FROM_STR("<sip:alice@127.0.0.1>"),
                         SIPTAG_TO_STR("<sip:bob@127.0.0.1>"), TAG_END());
  printf("legs: %s %s\n", sleg ? "ok" : "NULL", cleg ? "ok" : "NULL");

  snprintf(uri, sizeof uri, "sip:bob@127.0.0.1:%d", port);
  request(root, cleg, sip_method_options, "OPTIONS", uri);
  request(root, cleg, sip_method_message, "MESSAGE", uri);
  snprintf(uri, sizeof uri, "sip:bob@127.0.0.1:%d;transport=tcp", port);
  request(root, cleg, sip_method_options, "OPTIONS", uri);
  request(root, cleg, sip_method_unknown, "FOOBAR", uri);

  snprintf(uri, sizeof uri, "sip:bob@127.0.0.1:%d;transport=tcp", free_port(SOCK_STREAM));
  request(root, cleg, sip_method_options, "OPTIONS", uri);

  {
    /* a UDP peer that never answers */
    struct sockaddr_in sin;
    socklen_t len = sizeof sin;
    silent = socket(AF_INET, SOCK_DGRAM, 0);
    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(silent, (struct sockaddr *)&sin, sizeof sin);
    getsockname(silent, (struct sockaddr *)&sin, &len);
    snprintf(uri, sizeof uri, "sip:bob@127.0.0.1:%d", ntohs(sin.sin_port));
    request(root, cleg, sip_method_options, "OPTIONS", uri);
    close(silent);
  }

  nta_leg_destroy(cleg);
  nta_leg_destroy(sleg);
  nta_agent_destroy(client);
  nta_agent_destroy(server);
  su_root_destroy(root);
  su_home_deinit(home);
  su_deinit();
  return 0;
}
