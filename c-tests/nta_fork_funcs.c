/* sofia-rs-test: ours-only tls-crypto
 * nta functions of FreeSWITCH's fork (1.13): nta_agent_reload_tls() (the number of TLS/WSS
 * transports reloaded; -1 for NULL arguments), nta_agent_resolver_clean_cache(),
 * nta_outgoing_cannon() / nta_outgoing_host() (the target URL's host, and its maddr),
 * nta_outgoing_query_results() outside an intercepting callback (NULL; the callback itself
 * is tested with a DNS server in tests/nta_dns.rs).
 * A UDP agent (127.0.0.1:35376) sends OPTIONS to a bare socket (35377) by Request-URIs with
 * and without maddr, and CANCELs an INVITE; a TLS agent (sips:127.0.0.1:35378) reloads
 * its certificate. (1.12 flavour: the functions do not exist; the program only says so.) */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/tport_tag.h>
#include <sofia-sip/url.h>

#ifdef SOFIA_RS_ABI_1_12
int main(void)
{
  printf("nta_agent_reload_tls, nta_agent_resolver_clean_cache, nta_outgoing_cannon, "
         "nta_outgoing_host, nta_outgoing_query_results: not in the 1.12 API\n");
  return 0;
}
#else
#include "tls_cert.h"
#include "udp_sock.h"

static int resp_cb(nta_outgoing_magic_t *m, nta_outgoing_t *orq, sip_t const *sip)
{
  return 0;
}

static void show(char const *what, nta_outgoing_t *orq)
{
  char const *c = nta_outgoing_cannon(orq), *h = nta_outgoing_host(orq);
  printf("%s: cannon %s, host %s\n", what, c ? c : "NULL", h ? h : "NULL");
}

int main(void)
{
  su_root_t *root;
  nta_agent_t *a, *t;
  nta_leg_t *leg;
  nta_outgoing_t *o1, *o2, *inv, *cancel;
  char dir[64];
  int peer;

  su_init();
  root = su_root_create(NULL);
  peer = udp(35377);
  a = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:35376;transport=udp"), NULL, NULL,
                       TAG_END());
  leg = a ? nta_leg_tcreate(a, NULL, NULL, SIPTAG_FROM_STR("<sip:a@127.0.0.1>"),
                            SIPTAG_TO_STR("<sip:b@127.0.0.1>"), TAG_END()) : NULL;
  if (!leg || cert_dir_make(dir, "/tmp/nta-fork-XXXXXX") < 0) {
    printf("setup failed\n");
    return 1;
  }

  o1 = nta_outgoing_tcreate(leg, resp_cb, NULL, NULL, SIP_METHOD_OPTIONS,
                            URL_STRING_MAKE("sip:b@127.0.0.1:35377"), TAG_END());
  show("sip:b@127.0.0.1:35377", o1);
  o2 = nta_outgoing_tcreate(leg, resp_cb, NULL, NULL, SIP_METHOD_OPTIONS,
                            URL_STRING_MAKE("sip:b@localhost:35377;maddr=127.0.0.1"), TAG_END());
  show("sip:b@localhost:35377;maddr=127.0.0.1", o2);
  inv = nta_outgoing_tcreate(leg, resp_cb, NULL, URL_STRING_MAKE("sip:127.0.0.1:35377;lr"),
                             SIP_METHOD_INVITE, URL_STRING_MAKE("sip:b@example.invalid"),
                             TAG_END());
  show("INVITE sip:b@example.invalid by sip:127.0.0.1:35377;lr", inv);
  cancel = nta_outgoing_tcancel(inv, NULL, NULL, NTATAG_CANCEL_2543(1), TAG_END());
  show("its CANCEL", cancel);
  printf("the same pointer twice: %s\n",
         nta_outgoing_cannon(o1) == nta_outgoing_cannon(o1) ? "yes" : "no");
  {
    char **r = NULL;
    size_t n = 7;
    printf("query results outside an intercepting callback: %s, found %d\n",
           nta_outgoing_query_results(o1, &r, &n) ? "some" : "NULL", (int)n);
    printf("query results of NULL, NONE: %s %s\n",
           nta_outgoing_query_results(NULL, &r, &n) ? "some" : "NULL",
           nta_outgoing_query_results((nta_outgoing_t *)-1, NULL, NULL) ? "some" : "NULL");
  }
  show("NULL", NULL);
  show("NONE", (nta_outgoing_t *)-1);

  nta_agent_resolver_clean_cache(a);
  nta_agent_resolver_clean_cache(NULL);
  printf("nta_agent_resolver_clean_cache: done\n");

  printf("reload_tls(NULL, dir) = %d\n", nta_agent_reload_tls(NULL, dir));
  printf("reload_tls(udp agent, NULL) = %d\n", nta_agent_reload_tls(a, NULL));
  printf("reload_tls(udp agent, dir) = %d\n", nta_agent_reload_tls(a, dir));
  t = nta_agent_create(root, URL_STRING_MAKE("sips:127.0.0.1:35378"), NULL, NULL,
                       TPTAG_CERTIFICATE(dir), TAG_END());
  if (!t) {
    printf("TLS agent failed\n");
  } else {
    printf("reload_tls(tls agent, dir) = %d\n", nta_agent_reload_tls(t, dir));
    printf("reload_tls(tls agent, /nonexistent) = %d\n", nta_agent_reload_tls(t, "/nonexistent"));
    nta_agent_destroy(t);
  }

  nta_outgoing_destroy(cancel);
  nta_outgoing_destroy(inv);
  nta_outgoing_destroy(o2);
  nta_outgoing_destroy(o1);
  nta_leg_destroy(leg);
  nta_agent_destroy(a);
  cert_dir_remove(dir);
  close(peer);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
#endif
