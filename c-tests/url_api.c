/* url.h helpers: parameters, transport stripping, comparison, ports, schemes,
 * sanitizing, queries, escapes, digests, url_format and url_string_t handling. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_md5.h>
#include <sofia-sip/url.h>

static su_home_t home[1] = { SU_HOME_INIT(home) };

static char const *s_(char const *s) { return s ? s : "(null)"; }

static int sign(int x) { return x < 0 ? -1 : x > 0; }

static void params(void)
{
  static char const *const cases[][2] = {
    { "transport=tcp;lr;maddr=10.0.0.1", "transport" },
    { "transport=tcp;lr;maddr=10.0.0.1", "lr" },
    { "transport=tcp;lr;maddr=10.0.0.1", "lr=" },
    { "transport=tcp;lr;maddr=10.0.0.1", "MADDR" },
    { "transport=tcp;lr;maddr=10.0.0.1", "maddr=" },
    { "transport=tcp;lr;maddr=10.0.0.1", "ttl" },
    { "user=phone;x=averyveryverylongvalue", "x" },
    { "a;b=;c", "b" },
    { "a;;c=1", "c" },
    { "", "a" },
  };
  size_t i;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char v[8];
    isize_t n;
    memset(v, 'z', sizeof v); v[7] = 0;
    n = url_param(cases[i][0], cases[i][1], v, sizeof v);
    printf("url_param(\"%s\", \"%s\") = %d \"%s\"", cases[i][0], cases[i][1], (int)n, n > 0 && n <= (isize_t)sizeof v ? v : "-");
    printf(" have=%d\n", (int)url_have_param(cases[i][0], cases[i][1]));
  }
  printf("url_param(NULL) = %d\n", (int)url_param(NULL, "a", NULL, 0));
}

static void urls(void)
{
  url_t *u = url_make(home, "sip:joe@example.com;transport=udp");
  printf("has transport=%d lr=%d NULL=%d\n", url_has_param(u, "transport"), url_has_param(u, "lr"),
         url_has_param(NULL, "lr"));
  printf("param_add=%d", url_param_add(home, u, "lr"));
  printf(" -> %s\n", u->url_params);
  printf("has lr=%d\n", url_has_param(u, "lr"));
  su_free(home, u);
  u = url_make(home, "sip:joe@example.com");
  printf("param_add=%d", url_param_add(home, u, "ob"));
  printf(" -> %s\n", u->url_params);
  su_free(home, u);
}

static void transports(void)
{
  static char const *const cases[] = {
    "sip:host",
    "sip:host:5060",
    "sip:host;transport=tcp",
    "sip:host:5060;lr",
    "sip:host;lr;maddr=1.2.3.4;ttl=5;transport=udp;method=INVITE;x=1",
    "sip:host;transport=tcp;lr",
    "sip:host;transportx=1;maddr",
    "sips:h;TTL=1;MADDR=x",
    "sip:host;a;;b",
    "sip:host;;",
    "http://host:80/;transport=tcp",
    "tel:+1;transport=x",
    NULL
  };
  size_t i;
  for (i = 0; cases[i]; i++) {
    url_t *u = url_make(home, cases[i]);
    int have = url_have_transport(u), r;
    char *before = url_as_string(home, u);
    r = url_strip_transport(u);
    printf("strip \"%s\": have=%d strip=%d -> \"%s\" params=%s port=%s\n", before, have, r,
           url_as_string(home, u), s_(u->url_params), s_(u->url_port));
    su_free(home, u);
  }
}

static void strip_param_string(void)
{
  static char const *const cases[][2] = {
    { "transport=tcp", "transport" },
    { "lr;transport=tcp", "transport" },
    { "transport=tcp;lr", "transport" },
    { "a;transport=tcp;b", "transport" },
    { "transport;transport=1;x", "transport" },
    { "transportx=1;x", "transport" },
    { "x;y;z", "y" },
    { "x;y;z", "z" },
    { "x;y;z", "w" },
    { "y;y;y", "y" },
    { "a=1;A=2;b", "a" },
  };
  size_t i;
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char buf[64];
    char *r;
    strcpy(buf, cases[i][0]);
    r = url_strip_param_string(buf, cases[i][1]);
    printf("strip_param(\"%s\", \"%s\") = %s offset=%d\n", cases[i][0], cases[i][1], s_(r),
           r ? (int)(r - buf) : -1);
  }
  printf("strip_param(NULL) = %s\n", s_(url_strip_param_string(NULL, "a")));
}

static void compare(void)
{
  static char const *const pairs[][2] = {
    { "sip:joe@example.com", "sip:joe@example.com" },
    { "sip:joe@example.com", "sip:joe@EXAMPLE.com" },
    { "sip:joe@example.com", "sip:Joe@example.com" },
    { "sip:joe@example.com", "sip:joe@example.com:5060" },
    { "sip:joe@127.0.0.1", "sip:joe@127.0.0.1:5060" },
    { "sip:joe@127.0.0.1", "sip:joe@127.0.0.2" },
    { "sip:joe@[::1]", "sip:joe@[0::1]" },
    { "sip:joe@example.com", "sips:joe@example.com" },
    { "sip:joe@example.com;transport=tcp", "sip:joe@example.com" },
    { "sip:example.com", "sip:joe@example.com" },
    { "*", "sip:joe@example.com" },
    { "tel:+358-50-123", "tel:+35850123" },
    { "tel:+358-50-123", "tel:+35850124" },
    { "http://h/a", "http://h/b" },
    { "http://h:80/a", "http://h/a" },
    { "foo:x", "FOO:x" },
    { "foo:x", "bar:x" },
    { "sip:a@h?x=1", "sip:a@h?x=2" },
    { "sip:a@h#1", "sip:a@h" },
  };
  size_t i;
  for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    url_t *a = url_make(home, pairs[i][0]), *b = url_make(home, pairs[i][1]);
    printf("cmp \"%s\" \"%s\": %d %d all: %d %d\n", pairs[i][0], pairs[i][1],
           sign(url_cmp(a, b)), sign(url_cmp(b, a)), sign(url_cmp_all(a, b)), sign(url_cmp_all(b, a)));
    su_free(home, a), su_free(home, b);
  }
  printf("cmp NULL: %d %d %d\n", url_cmp(NULL, NULL), sign(url_cmp_all(NULL, (url_t *)home)),
         sign(url_cmp_all((url_t *)home, NULL)));
}

static void ports_and_schemes(void)
{
  int t;
  static char const *const cases[] = {
    "sip:h", "sip:1.2.3.4", "sip:[::1]", "sip:h:5080", "sips:h", "sips:10.0.0.1",
    "http://h/", "https://h/", "ftp://h", "rtsp://h", "mailto:a@b", "im:a@b", "tel:1",
    "foo:bar", "sip:h:", "msrp://h/x;tcp", "*", NULL
  };
  size_t i;
  /* url_scheme(url_invalid) is an assertion failure in Sofia (docs/deviations.md). */
  for (t = url_unknown; t < _url_none; t++) {
    url_t u[1];
    url_init(u, (enum url_type_e)t);
    printf("type %d: scheme=%s port=%s tport=%s init.scheme=%s init.type=%d\n", t,
           s_(url_scheme((enum url_type_e)t)), url_port_default((enum url_type_e)t),
           url_tport_default((enum url_type_e)t), s_(u->url_scheme), u->url_type);
  }
  for (i = 0; cases[i]; i++) {
    url_t *u = url_make(home, cases[i]);
    printf("url_port(%s) = \"%s\" URL_PORT=\"%s\"\n", cases[i], url_port(u), URL_PORT(u));
    su_free(home, u);
  }
  printf("url_port(NULL) = \"%s\"\n", url_port(NULL));
  {
    url_t sip = URL_INIT_AS(sip), any = URL_INIT_AS(any), http = URL_INIT_AS(http);
    printf("URL_INIT_AS: %d %s, %d %s, %d %s\n", sip.url_type, sip.url_scheme, any.url_type,
           any.url_scheme, http.url_type, http.url_scheme);
  }
}

static void sanitize(void)
{
  static char const *const cases[] = {
    "ftp.funet.fi", "www.example.com", "host/path", "host", "user@host:5060",
    "sip:already", "/only/path", NULL
  };
  size_t i;
  for (i = 0; cases[i]; i++) {
    url_t *u = url_make(home, cases[i]);
    int r = url_sanitize(u);
    printf("sanitize(%s) = %d type=%d root=%d -> %s\n", cases[i], r, u->url_type, u->url_root,
           url_as_string(home, u));
    su_free(home, u);
  }
  printf("sanitize(NULL) = %d\n", url_sanitize(NULL));
}

static void queries(void)
{
  static char const *const cases[] = {
    "subject=hello%20there&priority=urgent",
    "body=Hi%21&to=%3Csip:a@b%3E",
    "to=x&body=b1&body=b2",
    "novalue",
    "a=1&b",
    "",
    "x=%41%4",
    NULL
  };
  size_t i;
  for (i = 0; cases[i]; i++) {
    char *s = url_query_as_header_string(home, cases[i]);
    printf("query \"%s\" -> ", cases[i]);
    if (s) {
      char *p;
      for (p = s; *p; p++) putchar(*p == '\n' ? '|' : *p);
      printf("\n");
    } else
      printf("NULL\n");
    su_free(home, s);
  }
  printf("query NULL -> %s\n", s_(url_query_as_header_string(home, NULL)));
}

static void escapes(void)
{
  static char const *const cases[] = {
    "plain", "with space", "semi;colon/slash?q:c@a&b=c+d$e,f", "<>#%\"", "{}|\\^[]`", "\x7f\x80\xff",
    "~tilde-_.!*'()", "", NULL
  };
  static char const *const reserved[] = { NULL, "", ";", "@:", NULL };
  size_t i, j;
  for (i = 0; cases[i]; i++) {
    printf("reserved_p(\"%s\")=%d\n", cases[i], url_reserved_p(cases[i]));
    for (j = 0; j < 4; j++) {
      char buf[128];
      isize_t n = url_esclen(cases[i], reserved[j]);
      url_escape(buf, cases[i], reserved[j]);
      printf("  escape[%s] len=%d \"%s\" strlen=%d\n", s_(reserved[j]), (int)n, buf, (int)strlen(buf));
    }
  }
  {
    static char const *const un[] = { "%41%42c", "%4", "%zz%", "a%2", "100%25", "%00x", "caf%C3%A9", NULL };
    for (i = 0; un[i]; i++) {
      char buf[64];
      size_t n;
      memset(buf, 'q', sizeof buf);
      n = url_unescape_to(buf, un[i], 3);
      printf("unescape_to(\"%s\", 3)=%zu \"%.*s\"", un[i], n, (int)n, buf);
      n = url_unescape_to(NULL, un[i], (size_t)-1);
      printf(" count=%zu", n);
      url_unescape(buf, un[i]);
      printf(" unescape=");
      for (j = 0; j < n; j++) printf("%02x", (unsigned char)buf[j]);
      printf("\n");
    }
    {
      char inplace[] = "a%40b%3Ac";
      printf("in place: %s\n", url_unescape(inplace, inplace));
    }
    printf("unescape_to NULL = %zu\n", url_unescape_to(NULL, NULL, 5));
  }
}

static void digests(void)
{
  static char const *const cases[] = {
    "sip:joe@example.com", "SIP:JOE@EXAMPLE.COM", "sip:joe:pw@example.com:5060;lr",
    "sip:%6Aoe@example.com", "sips:h", "tel:+1-2", "http://user@host/path", "http:/path",
    "foo:bar", "//h:12/x", "*", "sip:[::1]:5060", "wv:a@b", NULL
  };
  size_t i;
  for (i = 0; cases[i]; i++) {
    unsigned char h1[16], h2[20];
    url_t *u = url_make(home, cases[i]);
    int k;
    url_digest(h1, sizeof h1, (url_t *)cases[i], NULL);
    printf("digest string %-34s ", cases[i]);
    for (k = 0; k < 16; k++) printf("%02x", h1[k]);
    url_digest(h2, sizeof h2, u, "key");
    printf("\n       parsed+key %-30s ", "");
    for (k = 0; k < 20; k++) printf("%02x", h2[k]);
    printf("\n");
    su_free(home, u);
  }
}

static void strings(void)
{
  char const *s = "sip:x@y";
  url_t *u;
  char buf[64];
  printf("URL_STRING_P: %d %d %d\n", URL_STRING_P(s), URL_STRING_P((url_string_t *)""),
         URL_STRING_P((url_string_t *)NULL));
  printf("URL_STRING_MAKE: %d %d %d\n", URL_STRING_MAKE(s) != NULL, URL_STRING_MAKE("") != NULL,
         URL_STRING_MAKE(NULL) != NULL);
  printf("url_string_p: %d %d\n", url_string_p((url_string_t *)s), url_is_string((url_string_t *)s));
  printf("url_e(string) = %d ", (int)url_e(buf, sizeof buf, (url_t *)s));
  /* Sofia's url_len() reads a string as a url_t and crashes (docs/deviations.md). */
  printf("\"%s\" xtra=%d\n", buf, (int)url_xtra((url_t *)s));
  u = url_hdup(home, (url_t *)s);
  printf("url_string_p(parsed) = %d %d\n", url_string_p((url_string_t *)u), url_is_string((url_string_t *)u));
  printf("as_string(string) = %s\n", url_as_string(home, (url_t *)s));
  su_free(home, u);
  u = url_format(home, "sip:%s@%s:%u;%s", "alice", "example.org", 5070u, "lr");
  printf("url_format: %s host=%s port=%s\n", url_as_string(home, u), u->url_host, u->url_port);
  printf("url_format bad: %p\n", (void *)url_format(home, "sip:%s", ""));
  printf("url_make NULL/empty: %p %p hdup NULL %p as_string NULL %p\n", (void *)url_make(home, NULL),
         (void *)url_make(home, ""), (void *)url_hdup(home, NULL), (void *)url_as_string(home, NULL));
  printf("url_d NULL: %d\n", url_d(NULL, buf));
}

int main(void)
{
  params();
  urls();
  transports();
  strip_param_string();
  compare();
  ports_and_schemes();
  sanitize();
  queries();
  escapes();
  digests();
  strings();
  su_home_deinit(home);
  return 0;
}
