/* sofia-rs-test: tls-crypto
 * nua over TLS with the transport parameters given to nua_create (as mod_sofia passes its
 * TLS profile): S listens on sips:127.0.0.1:35171 with a self-signed certificate (written
 * to a scratch directory; no cafile.pem). Client N (no verification, Sofia's default)
 * sends OPTIONS to S over TLS and gets 200. Client V was created with
 * TPTAG_TLS_VERIFY_POLICY(TPTLS_VERIFY_OUT): S's certificate chains to no trusted CA, so the
 * handshake fails and V's OPTIONS fails (no 200; Sofia waits for timer F, shortened here
 * with NTATAG_SIP_T1X64). Ports 35170-35175. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/tport_tag.h>
#include <sofia-sip/nta_tag.h>

#include "tls_cert.h"

static char certdir[64];
static su_root_t *root;
static int status_n, status_v, downs;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  char const *who = (char const *)magic;
  if (event == nua_r_options && status >= 200) {
    if (strcmp(who, "N") == 0)
      status_n = status;
    else
      status_v = status;
    nua_handle_destroy(nh);
  } else if (event == nua_r_shutdown && status >= 200) {
    downs++;
  }
}

static nua_t *agent(char const *name, char const *url, char const *sips, int verify)
{
  return nua_create(root, cb, (nua_magic_t *)name, NUTAG_URL(url), NUTAG_SIPS_URL(sips),
                    NUTAG_CERTIFICATE_DIR(certdir),
                    TAG_IF(verify, TPTAG_TLS_VERIFY_POLICY(TPTLS_VERIFY_OUT)),
                    TAG_IF(verify, NTATAG_SIP_T1X64(4000)),
                    TAG_END());
}

static void wait_for(int *flag, int ms)
{
  int i;
  for (i = 0; i < ms / 20 && !*flag; i++)
    su_root_step(root, 20);
}

int main(void)
{
  nua_t *S, *N, *V;
  if (cert_dir_make(certdir, "/tmp/nua_tls_verify.XXXXXX") < 0)
    return 2;
  su_init();
  root = su_root_create(NULL);
  S = agent("S", "sip:127.0.0.1:35170", "sips:127.0.0.1:35171", 0);
  N = agent("N", "sip:127.0.0.1:35172", "sips:127.0.0.1:35173", 0);
  V = agent("V", "sip:127.0.0.1:35174", "sips:127.0.0.1:35175", 1);
  printf("created: S %s, N %s, V %s\n", S ? "yes" : "no", N ? "yes" : "no", V ? "yes" : "no");
  if (S && N && V) {
    nua_options(nua_handle(N, NULL, SIPTAG_TO_STR("<sips:s@127.0.0.1:35171>"), TAG_END()),
                NUTAG_URL("sips:s@127.0.0.1:35171"), TAG_END());
    wait_for(&status_n, 8000);
    printf("N (no verification): OPTIONS over TLS: %d\n", status_n);
    nua_options(nua_handle(V, NULL, SIPTAG_TO_STR("<sips:s@127.0.0.1:35171>"), TAG_END()),
                NUTAG_URL("sips:s@127.0.0.1:35171"), TAG_END());
    wait_for(&status_v, 40000);
    printf("V (TPTLS_VERIFY_OUT, no CA): OPTIONS over TLS: %s\n",
           status_v == 200 ? "200" : status_v >= 300 ? "failed" : "no answer");
  }
  if (S) nua_shutdown(S);
  if (N) nua_shutdown(N);
  if (V) nua_shutdown(V);
  {
    int want = (S != NULL) + (N != NULL) + (V != NULL), i;
    for (i = 0; i < 500 && downs < want; i++)
      su_root_step(root, 20);
  }
  if (S) nua_destroy(S);
  if (N) nua_destroy(N);
  if (V) nua_destroy(V);
  su_root_destroy(root);
  su_deinit();
  cert_dir_remove(certdir);
  return status_n == 200 && status_v >= 300 ? 0 : 1;
}
