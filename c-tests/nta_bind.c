/* nta: what an agent binds and advertises for the contact URLs profiles give it
 * (127.0.0.1 ports 35160-35169): a plain address, a public host name with ;maddr= (bind
 * there, advertise the name), ;transport=tcp, a sips: URL without certificates (fails),
 * a sips: URL (with a self-signed agent.pem written to a scratch directory), and a URL
 * that cannot be bound. For each: whether nta_agent_create succeeds, and the agent's
 * Contact and Via as printed. Then a nua with NUTAG_URL and NUTAG_SIPS_URL (ports
 * 35168/35169): both ports accept TCP connections. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/url.h>
#include <sofia-sip/tport_tag.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "tls_cert.h"

static char certdir[64];

static void show(su_root_t *root, char const *url)
{
  int sips = strncmp(url, "sips:", 5) == 0;
  su_home_t home[1] = { SU_HOME_INIT(home) };
  nta_agent_t *a = nta_agent_create(root, URL_STRING_MAKE(url), NULL, NULL,
                                    NTATAG_UA(1), TAG_IF(sips, TPTAG_CERTIFICATE(certdir)),
                                    TAG_END());
  printf("%s:\n", url);
  if (a == NULL) {
    printf("  create failed\n");
    return;
  }
  sip_contact_t const *m = nta_agent_contact(a);
  char *s = m ? sip_header_as_string(home, (sip_header_t const *)m) : NULL;
  printf("  contact %s\n", s ? s : "(none)");
  sip_via_t const *v;
  for (v = nta_agent_via(a); v; v = v->v_next) {
    s = sip_header_as_string(home, (sip_header_t const *)v);
    printf("  via %s\n", s ? s : "(null)");
  }
  nta_agent_destroy(a);
  su_home_deinit(home);
}

static int listening(int port)
{
  struct sockaddr_in sin;
  int s = socket(AF_INET, SOCK_STREAM, 0), ok;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  sin.sin_port = htons(port);
  sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ok = connect(s, (struct sockaddr *)&sin, sizeof sin) == 0;
  close(s);
  return ok;
}

static int shut;

static void nua_cb(nua_event_t event, int status, char const *phrase, nua_t *nua,
                   nua_magic_t *magic, nua_handle_t *nh, nua_hmagic_t *hmagic,
                   sip_t const *sip, tagi_t tags[])
{
  if (event == nua_r_shutdown && status >= 200)
    shut = 1;
}

static void with_nua(su_root_t *root)
{
  nua_t *nua = nua_create(root, nua_cb, NULL,
                          NUTAG_URL("sip:127.0.0.1:35168"),
                          NUTAG_SIPS_URL("sips:127.0.0.1:35169"),
                          NUTAG_CERTIFICATE_DIR(certdir), TAG_END());
  int i;
  printf("nua with NUTAG_SIPS_URL: %s\n", nua ? "created" : "create failed");
  if (!nua)
    return;
  printf("  sip port listening: %s\n", listening(35168) ? "yes" : "no");
  printf("  sips port listening: %s\n", listening(35169) ? "yes" : "no");
  nua_shutdown(nua);
  for (i = 0; i < 200 && !shut; i++)
    su_root_step(root, 50);
  printf("  shutdown %s\n", shut ? "done" : "timed out");
  nua_destroy(nua);
}

int main(void)
{
  if (cert_dir_make(certdir, "/tmp/nta_bind.XXXXXX") < 0)
    return 2;
  su_init();
  su_root_t *root = su_root_create(NULL);
  show(root, "sip:127.0.0.1:35160");
  show(root, "sip:127.0.0.1:35161;transport=tcp");
  show(root, "sip:pbx.example.com:35162;maddr=127.0.0.1");
  show(root, "sip:pbx.example.com:35163;maddr=127.0.0.1;transport=udp");
  show(root, "sips:127.0.0.1:35165");
  show(root, "sip:192.0.2.1:35166");
  with_nua(root);
  su_root_destroy(root);
  su_deinit();
  cert_dir_remove(certdir);
  return 0;
}
