/* The digest authentication client (auth_client.h): challenges from WWW-Authenticate /
 * Proxy-Authenticate headers, credentials, and the Authorization / Proxy-Authorization
 * headers auc_authorization() adds to a request.
 *
 * The client nonce is random (Sofia makes it from su_guid_generate()), so headers with a
 * cnonce are printed with the cnonce and response values masked, and the response is
 * checked by recomputing it here (RFC 2617) from the printed parameters. Without qop
 * (and for MD5-sess without qop) the whole header is printed. */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_md5.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/msg.h>
#include <sofia-sip/msg_header.h>
#include <sofia-sip/auth_client.h>

static char const *pw_for(char const *user)
{
  if (strcmp(user, "alice") == 0) return "secret";
  if (strcmp(user, "bob") == 0) return "pw";
  if (strcmp(user, "carol") == 0) return "c4r0l";
  return "?";
}

/* A parameter's value without its quotes, into buf. */
static char const *pv(msg_param_t const *params, char const *name, char *buf, size_t size)
{
  char const *v = msg_params_find(params, name);
  size_t n;
  if (!v) return NULL;
  if (*v == '"') v++;
  n = strcspn(v, "\"");
  if (n >= size) n = size - 1;
  memcpy(buf, v, n), buf[n] = 0;
  return buf;
}

static void md5hex(char out[33], char const *const parts[])
{
  su_md5_t md5[1];
  int i;
  su_md5_init(md5);
  for (i = 0; parts[i]; i++)
    su_md5_strupdate(md5, parts[i]);
  su_md5_hexdigest(md5, out);
}

/* Recompute the response of a Digest credential header. */
static int check_response(msg_auth_t const *au, char const *method, char const *body)
{
  char user[64], realm[64], nonce[128], uri[128], cnonce[64], nc[16], qop[16], alg[16], resp[80];
  char ha1[33], ha2[33], hb[33], want[33];
  char const *pass;
  msg_param_t const *p = au->au_params;

  if (!pv(p, "username=", user, sizeof user) || !pv(p, "realm=", realm, sizeof realm) ||
      !pv(p, "nonce=", nonce, sizeof nonce) || !pv(p, "uri=", uri, sizeof uri) ||
      !pv(p, "response=", resp, sizeof resp) || !pv(p, "algorithm=", alg, sizeof alg))
    return 0;
  pass = pw_for(user);
  { char const *a1[] = { user, ":", realm, ":", pass, NULL }; md5hex(ha1, a1); }
  if (!pv(p, "cnonce=", cnonce, sizeof cnonce)) cnonce[0] = 0;
  if (strcasecmp(alg, "MD5-sess") == 0) {
    char const *s[] = { ha1, ":", nonce, ":", cnonce, NULL };
    char t[33];
    md5hex(t, s), memcpy(ha1, t, 33);
  }
  if (pv(p, "qop=", qop, sizeof qop) && strcmp(qop, "auth-int") == 0) {
    char const *b[] = { body ? body : "", NULL };
    md5hex(hb, b);
    { char const *a2[] = { method, ":", uri, ":", hb, NULL }; md5hex(ha2, a2); }
  } else {
    char const *a2[] = { method, ":", uri, NULL };
    md5hex(ha2, a2);
  }
  if (pv(p, "qop=", qop, sizeof qop)) {
    if (!pv(p, "nc=", nc, sizeof nc)) return 0;
    { char const *r[] = { ha1, ":", nonce, ":", nc, ":", cnonce, ":", qop, ":", ha2, NULL }; md5hex(want, r); }
  } else {
    char const *r[] = { ha1, ":", nonce, ":", ha2, NULL };
    md5hex(want, r);
  }
  return strcmp(want, resp) == 0;
}

/* Print a header line with the values of cnonce= and (then) response= masked. */
static void print_masked(char const *line, int has_cnonce)
{
  char out[1024], *o = out;
  char const *s = line;
  while (*s && o < out + sizeof out - 16) {
    if (has_cnonce && (strncmp(s, "cnonce=\"", 8) == 0 || strncmp(s, "response=\"", 10) == 0)) {
      size_t n = s[0] == 'c' ? 8 : 10;
      memcpy(o, s, n), o += n, s += n;
      if (n == 8) {
        printf("  (cnonce length %d)\n", (int)strcspn(s, "\""));
      }
      o += sprintf(o, "<%s>", n == 8 ? "cnonce" : "response");
      s += strcspn(s, "\"");
      continue;
    }
    *o++ = *s++;
  }
  *o = 0;
  printf("  %s", out);
}

static void show_list(msg_auth_t const *au, char const *method, char const *body)
{
  for (; au; au = au->au_next) {
    char line[1024];
    int has_cnonce = msg_params_find(au->au_params, "cnonce=") != NULL;
    msg_header_e(line, sizeof line, (msg_header_t const *)au, 0);
    print_masked(line, has_cnonce);
    if (strcmp(au->au_scheme, "Digest") == 0)
      printf("  response %s\n", check_response(au, method, body) ? "ok" : "WRONG");
  }
}

static void show(char const *title, sip_t const *sip, char const *method, char const *body)
{
  printf("--- %s\n", title);
  show_list(sip->sip_proxy_authorization, method, body);
  show_list(sip->sip_authorization, method, body);
}

static msg_auth_t *www(su_home_t *home, char const *s)
{
  return (msg_auth_t *)sip_www_authenticate_make(home, s);
}

static msg_auth_t *proxy(su_home_t *home, char const *s)
{
  return (msg_auth_t *)sip_proxy_authenticate_make(home, s);
}

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  su_home_t *ahome = su_home_new(sizeof *ahome);
  auth_client_t *auc = NULL, *auc2 = NULL, *auc3 = NULL;
  msg_t *msg = msg_create(sip_default_mclass(), 0);
  sip_t *sip = sip_object(msg);
  url_t *url = url_hdup(home, (url_t *)"sip:bob@biloxi.example.com");
  msg_header_t *hl = NULL, *h;
  msg_auth_t *a, *b, *c;
  char const *body = "v=0\r\n";
  msg_payload_t *pl = sip_payload_create(home, body, (int)strlen(body));

  sip_add_dup(msg, sip, (sip_header_t *)sip_request_create(home, SIP_METHOD_INVITE, (url_string_t *)url, NULL));
  sip_add_tl(msg, sip,
             SIPTAG_FROM_STR("<sip:alice@atlanta.example.com>;tag=1"),
             SIPTAG_TO_STR("<sip:bob@biloxi.example.com>"),
             SIPTAG_CALL_ID_STR("auc-1@atlanta.example.com"),
             SIPTAG_CSEQ_STR("1 INVITE"),
             SIPTAG_CONTENT_TYPE_STR("application/sdp"),
             SIPTAG_PAYLOAD_STR("v=0\r\n"),
             TAG_END());

  /* Empty list */
  printf("empty: has %d\n", auc_has_authorization(&auc));
  printf("empty: authorization %d\n", auc_authorization(&auc, msg, (msg_pub_t *)sip, "INVITE", url, NULL));
  printf("null list: has %d\n", auc_has_authorization(NULL));
  printf("null list: authorization %d\n", auc_authorization(NULL, msg, (msg_pub_t *)sip, "INVITE", url, NULL));
  printf("null msg: authorization %d\n", auc_authorization(&auc, NULL, (msg_pub_t *)sip, "INVITE", url, NULL));
  printf("no challenge: %d\n", auc_challenge(&auc, ahome, NULL, sip_authorization_class));

  /* 1. MD5 without qop, with opaque */
  a = www(home, "Digest realm=\"atlanta.example.com\", nonce=\"84a4cc6f3082121f32b42a2187831a9e\", "
                "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\", algorithm=MD5");
  printf("challenge: %d\n", auc_challenge(&auc, ahome, a, sip_authorization_class));
  printf("has: %d\n", auc_has_authorization(&auc));
  printf("authorization without credentials: %d\n",
         auc_authorization(&auc, msg, (msg_pub_t *)sip, "INVITE", url, NULL));
  printf("credentials wrong realm: %d\n", auc_credentials(&auc, home, "Digest:\"nope\":alice:secret"));
  printf("credentials unquoted realm: %d\n", auc_credentials(&auc, home, "Digest:atlanta.example.com:alice:secret"));
  printf("credentials malformed: %d\n", auc_credentials(&auc, home, "Digest"));
  printf("credentials NULL: %d\n", auc_credentials(&auc, home, NULL));
  printf("credentials no password: %d\n", auc_credentials(&auc, home, "Digest:\"atlanta.example.com\":alice"));
  printf("all_credentials realm without quotes: %d\n",
         auc_all_credentials(&auc, NULL, "atlanta.example.com", "alice", "secret"));
  printf("all_credentials other scheme: %d\n", auc_all_credentials(&auc, "Basic", NULL, "alice", "secret"));
  printf("all_credentials: %d\n", auc_all_credentials(&auc, "digest", "\"atlanta.example.com\"", "alice", "secret"));
  printf("all_credentials again: %d\n", auc_all_credentials(&auc, NULL, NULL, "alice", "secret"));
  printf("has: %d\n", auc_has_authorization(&auc));
  printf("authorization: %d\n", auc_authorization(&auc, msg, (msg_pub_t *)sip, "INVITE", url, NULL));
  show("md5, no qop", sip, "INVITE", NULL);
  printf("authorization again: %d\n", auc_authorization(&auc, msg, NULL, "INVITE", url, NULL));
  show("replaced", sip, "INVITE", NULL);

  /* 2. the same challenge again: credentials were wrong */
  printf("same challenge: %d\n", auc_challenge(&auc, ahome, a, sip_authorization_class));
  /* the same realm as a proxy challenge is another authenticator */
  /* 3. stale */
  b = www(home, "Digest realm=\"atlanta.example.com\", nonce=\"fresh-nonce-2\", stale=TRUE");
  printf("stale challenge: %d\n", auc_challenge(&auc, ahome, b, sip_authorization_class));
  printf("authorization: %d\n", auc_authorization(&auc, msg, (msg_pub_t *)sip, "REGISTER", url, NULL));
  show("after stale", sip, "REGISTER", NULL);

  /* 4. proxy challenge with qop auth,auth-int */
  c = proxy(home, "Digest realm=\"proxy.example\", nonce=\"pn-1\", qop=\"auth,auth-int\", algorithm=MD5");
  printf("proxy challenge: %d\n", auc_challenge(&auc, ahome, c, sip_proxy_authorization_class));
  printf("has: %d\n", auc_has_authorization(&auc));
  printf("authorization: %d\n", auc_authorization(&auc, msg, (msg_pub_t *)sip, "INVITE", url, pl));
  printf("credentials: %d\n", auc_credentials(&auc, home, "Digest:\"proxy.example\":bob:pw"));
  printf("authorization: %d\n", auc_authorization(&auc, msg, (msg_pub_t *)sip, "INVITE", url, pl));
  show("proxy auth-int", sip, "INVITE", body);
  printf("authorization: %d\n", auc_authorization(&auc, msg, (msg_pub_t *)sip, "INVITE", url, pl));
  show("nc 2", sip, "INVITE", body);
  printf("authorization without body: %d\n", auc_authorization(&auc, msg, (msg_pub_t *)sip, "ACK", url, NULL));
  show("empty body", sip, "ACK", NULL);
  /* stale proxy challenge: new cnonce, count from 1 */
  c = proxy(home, "Digest realm=\"proxy.example\", nonce=\"pn-2\", qop=auth, stale=true");
  printf("proxy stale: %d\n", auc_challenge(&auc, ahome, c, sip_proxy_authorization_class));
  printf("authorization: %d\n", auc_authorization(&auc, msg, (msg_pub_t *)sip, "BYE", url, pl));
  show("proxy qop=auth after stale", sip, "BYE", body);

  /* 5. nextnonce from Authentication-Info */
  {
    sip_authentication_info_t *ai = sip_authentication_info_make(home, "nextnonce=\"next-1\", qop=auth");
    printf("info (proxy class): %d\n", auc_info(&auc, (msg_auth_info_t *)ai, sip_proxy_authorization_class));
    printf("info (no nextnonce): %d\n",
           auc_info(&auc, (msg_auth_info_t *)sip_authentication_info_make(home, "rspauth=\"x\""), sip_authorization_class));
    /* the proxy realm's nonce changes too (same class): not printed (nonce counts differ) */
    printf("info: %d\n", auc_info(&auc, (msg_auth_info_t *)ai, sip_authorization_class));
    printf("authorization: %d\n", auc_authorization(&auc, msg, (msg_pub_t *)sip, "INVITE", url, NULL));
    printf("--- nextnonce\n");
    show_list(sip->sip_authorization, "INVITE", NULL);
    while (sip->sip_proxy_authorization)
      msg_header_remove(msg, (msg_pub_t *)sip, (msg_header_t *)sip->sip_proxy_authorization);
  }

  /* 6. several challenges: Basic and MD5-sess (no qop), and an unknown scheme */
  a = www(home, "Basic realm=\"basic.example\"");
  b = www(home, "Digest realm=\"sess.example\", nonce=\"sn\", algorithm=MD5-sess");
  a->au_next = b;
  printf("two challenges: %d\n", auc_challenge(&auc2, ahome, a, sip_authorization_class));
  printf("has: %d\n", auc_has_authorization(&auc2));
  printf("credentials basic: %d\n", auc_credentials(&auc2, home, "Basic:\"basic.example\":carol:c4r0l"));
  printf("has: %d\n", auc_has_authorization(&auc2));
  printf("all credentials: %d\n", auc_all_credentials(&auc2, NULL, NULL, "carol", "c4r0l"));
  printf("authorization: %d\n", auc_authorization(&auc2, msg, (msg_pub_t *)sip, "OPTIONS", url, NULL));
  show("basic + md5-sess", sip, "OPTIONS", NULL);
  printf("authorization, NULL url: %d\n", auc_authorization(&auc2, msg, (msg_pub_t *)sip, "OPTIONS", NULL, NULL));
  printf("headers: %d\n", auc_authorization_headers(&auc2, home, "OPTIONS", url, NULL, &hl));
  for (h = hl; h; h = h->sh_next) {
    char line[1024];
    msg_header_e(line, sizeof line, h, 0);
    printf("  %s", line);
  }

  /* clear, copy */
  printf("clear basic: %d\n", auc_clear_credentials(&auc2, "basic", NULL));
  printf("has: %d\n", auc_has_authorization(&auc2));
  printf("authorization: %d\n", auc_authorization(&auc2, msg, (msg_pub_t *)sip, "OPTIONS", url, NULL));
  printf("same credentials again: %d\n", auc_credentials(&auc2, home, "Basic:\"basic.example\":carol:c4r0l"));
  printf("has: %d\n", auc_has_authorization(&auc2));
  printf("new password: %d\n", auc_credentials(&auc2, home, "Basic:\"basic.example\":carol:other"));
  printf("has: %d\n", auc_has_authorization(&auc2));
  printf("clear all: %d\n", auc_clear_credentials(&auc2, NULL, NULL));
  printf("copy into auc2: %d\n", auc_copy_credentials(&auc2, auc));
  a = www(home, "Digest realm=\"atlanta.example.com\", nonce=\"copy-nonce\"");
  printf("auc3 challenge: %d\n", auc_challenge(&auc3, ahome, a, sip_authorization_class));
  printf("copy into auc3: %d\n", auc_copy_credentials(&auc3, auc));
  printf("copy NULL: %d\n", auc_copy_credentials(NULL, auc));
  printf("authorize auc3: %d\n", auc_authorize(&auc3, msg, sip));
  show("copied credentials", sip, "INVITE", NULL);
  printf("authorize no sip: %d\n", auc_authorize(&auc3, msg, NULL));

  /* 7. unknown scheme, unsupported algorithm, unsupported qop */
  a = www(home, "Foo realm=\"foo.example\", bar=1");
  printf("unknown scheme: %d\n", auc_challenge(&auc3, ahome, a, sip_authorization_class));
  printf("same unknown again: %d\n", auc_challenge(&auc3, ahome, a, sip_authorization_class));
  printf("all credentials: %d\n", auc_all_credentials(&auc3, NULL, NULL, "alice", "secret"));
  printf("has: %d\n", auc_has_authorization(&auc3));
  printf("authorization: %d\n", auc_authorization(&auc3, msg, (msg_pub_t *)sip, "INVITE", url, NULL));
  a = www(home, "Digest realm=\"aka.example\", nonce=\"x\", algorithm=AKAv1-MD5");
  printf("unsupported algorithm: %d\n", auc_challenge(&auc3, ahome, a, sip_authorization_class));
  a = www(home, "Digest realm=\"qop.example\", nonce=\"x\", qop=\"auth-conf\"");
  printf("unsupported qop: %d\n", auc_challenge(&auc3, ahome, a, sip_authorization_class));
  a = www(home, "Digest nonce=\"x\"");
  printf("no realm: %d\n", auc_challenge(&auc3, ahome, a, sip_authorization_class));

  msg_destroy(msg);
  su_home_unref(ahome);
  su_home_deinit(home);
  return 0;
}
