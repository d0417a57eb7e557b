/* The per-class slot functions: msg_X_d (parse into a struct), msg_X_e (print, also with
 * a too small buffer: only the length is compared), msg_X_dup_xtra / msg_X_dup_one (copy
 * into a block sized by dup_xtra), msg_X_update, msg_default_dup_*, msg_error_*,
 * sip_any_route_*, sip_error_*, msg_header_update_params. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_parser.h>
#include <sofia-sip/msg_header.h>
#include <sofia-sip/msg_parser.h>
#include <sofia-sip/msg_mime.h>

/* Debian's headers declare these in headers no SIP application includes (msg_protos.h,
 * msg_mime_protos.h); the same prototypes as ours. */
issize_t msg_unknown_d(su_home_t *, msg_header_t *, char *, isize_t);
issize_t msg_unknown_e(char [], isize_t, msg_header_t const *, int);
issize_t msg_error_d(su_home_t *, msg_header_t *, char *, isize_t);
issize_t msg_error_e(char [], isize_t, msg_header_t const *, int);
issize_t sip_error_d(su_home_t *, msg_header_t *, char *, isize_t);
issize_t sip_error_e(char [], isize_t, msg_header_t const *, int);
#define D(x) issize_t msg_##x##_d(su_home_t *, msg_header_t *, char *, isize_t); \
  issize_t msg_##x##_e(char [], isize_t, msg_header_t const *, int);
D(accept) D(accept_charset) D(accept_encoding) D(accept_language) D(content_disposition)
D(content_encoding) D(content_language) D(content_type) D(mime_version) D(warning)
#undef D
#define X(x) isize_t msg_##x##_dup_xtra(msg_header_t const *, isize_t); \
  char *msg_##x##_dup_one(msg_header_t *, msg_header_t const *, char *, isize_t);
X(accept) X(content_disposition) X(content_type) X(warning)
#undef X
int msg_accept_update(msg_common_t *, char const *, isize_t, char const *);
int msg_accept_any_update(msg_common_t *, char const *, isize_t, char const *);
int msg_content_disposition_update(msg_common_t *, char const *, isize_t, char const *);
#define C(x) extern msg_hclass_t msg_##x##_class[];
C(accept) C(accept_encoding) C(accept_language) C(content_disposition) C(content_encoding)
C(content_language) C(content_length) C(content_type) C(mime_version) C(warning)
C(error) C(unknown) C(payload) C(separator)
#undef C
extern char const msg_mime_version_1_0[];

static su_home_t home[1] = { SU_HOME_INIT(home) };

typedef issize_t parse_f(su_home_t *, msg_header_t *, char *, isize_t);
typedef issize_t print_f(char [], isize_t, msg_header_t const *, int);
typedef isize_t xtra_f(msg_header_t const *, isize_t);
typedef char *dup_f(msg_header_t *, msg_header_t const *, char *, isize_t);

struct slot {
  char const *name;
  msg_hclass_t *hc;
  parse_f *d;
  print_f *e;
  xtra_f *xtra;
  dup_f *dup;
  char const *values[6];
};

#define P(f) (parse_f *)(f)
#define E(f) (print_f *)(f)
#define XT(f) (xtra_f *)(f)
#define DU(f) (dup_f *)(f)

static void print_h(char const *what, print_f *e, msg_header_t const *h)
{
  char b[512] = "", small[6];
  issize_t n = e(b, sizeof b, h, 0), nc, ns;
  nc = e(NULL, 0, h, 1);
  memset(small, 0, sizeof small);
  ns = e(small, sizeof small, h, 0);
  printf("    %s: %d [%s] compact-len=%d small-len=%d\n", what, (int)n, n >= 0 ? b : "", (int)nc, (int)ns);
}

static void run(struct slot const *s)
{
  int i;
  printf("%s\n", s->name);
  for (i = 0; s->values[i]; i++) {
    msg_header_t *h = msg_header_alloc(home, s->hc, 0);
    char *text = su_strdup(home, s->values[i]);
    issize_t r = s->d(home, h, text, (isize_t)strlen(text));
    msg_header_t *x;
    int k = 0;
    printf("  d(\"%s\") = %d\n", s->values[i], (int)r);
    if (r < 0)
      continue;
    for (x = h; x && k < 5; x = x->sh_next, k++)
      print_h(k ? "next" : "e", s->e, x);
    if (s->xtra) {
      isize_t size = s->hc->hc_size;
      isize_t total = s->xtra(h, size);
      msg_header_t *dst = su_zalloc(home, total);
      char *end;
      dst->sh_class = s->hc;
      end = s->dup(dst, h, (char *)dst + size, total - size);
      printf("    dup: total>=size %d end-in-block %d\n", total >= size,
             end != NULL && end <= (char *)dst + total);
      if (end)
        print_h("dup e", s->e, dst);
    }
  }
}

int main(void)
{
  struct slot const slots[] = {
    { "generic", sip_organization_class, P(msg_generic_d), E(msg_generic_e), XT(msg_generic_dup_xtra), DU(msg_generic_dup_one),
      { "Example Org", "  spaced  value  ", "", NULL } },
    { "numeric", sip_max_forwards_class, P(msg_numeric_d), E(msg_numeric_e), XT(msg_default_dup_xtra), DU(msg_default_dup_one),
      { "70", "0007", "x", "4294967295", NULL } },
    { "list", sip_supported_class, P(msg_list_d), E(msg_list_e), XT(msg_list_dup_xtra), DU(msg_list_dup_one),
      { "timer, 100rel", "a,b , c", "path", NULL } },
    { "auth", sip_authorization_class, P(msg_auth_d), E(msg_auth_e), XT(msg_auth_dup_xtra), DU(msg_auth_dup_one),
      { "Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"sip:x\", response=\"0123\"", "Basic QWxhZGRpbjpvcGVu", NULL } },
    { "accept", sip_accept_class, P(msg_accept_d), E(msg_accept_e), XT(msg_accept_dup_xtra), DU(msg_accept_dup_one),
      { "application/sdp", "text/html;q=0.5, application/sdp;level=1", "*/*", NULL } },
    { "accept_encoding", sip_accept_encoding_class, P(msg_accept_encoding_d), E(msg_accept_encoding_e), XT(msg_accept_any_dup_xtra), DU(msg_accept_any_dup_one),
      { "gzip", "gzip;q=1.0, identity; q=0.5, *;q=0", NULL } },
    { "accept_language", sip_accept_language_class, P(msg_accept_language_d), E(msg_accept_language_e), XT(msg_accept_any_dup_xtra), DU(msg_accept_any_dup_one),
      { "en", "da, en-gb;q=0.8, en;q=0.7", NULL } },
    { "content_disposition", sip_content_disposition_class, P(msg_content_disposition_d), E(msg_content_disposition_e), XT(msg_content_disposition_dup_xtra), DU(msg_content_disposition_dup_one),
      { "session", "render;handling=optional", "attachment; filename=smime.p7s;handling=required", NULL } },
    { "content_encoding", sip_content_encoding_class, P(msg_content_encoding_d), E(msg_content_encoding_e), NULL, NULL,
      { "gzip", "gzip, deflate", NULL } },
    { "content_language", sip_content_language_class, P(msg_content_language_d), E(msg_content_language_e), NULL, NULL,
      { "fr", "en, de", NULL } },
    { "content_type", sip_content_type_class, P(msg_content_type_d), E(msg_content_type_e), XT(msg_content_type_dup_xtra), DU(msg_content_type_dup_one),
      { "application/sdp", "multipart/mixed; boundary=unique-boundary-1", "text/plain;charset=\"utf-8\"", "bad", NULL } },
    { "mime_version", sip_mime_version_class, P(msg_mime_version_d), E(msg_mime_version_e), NULL, NULL,
      { "1.0", NULL } },
    { "warning", sip_warning_class, P(msg_warning_d), E(msg_warning_e), XT(msg_warning_dup_xtra), DU(msg_warning_dup_one),
      { "307 isi.edu \"Session parameter 'foo' not understood\"", "301 isi.edu \"Incompatible network address type 'E.164'\", 399 host:5060 \"x\"", "abc", NULL } },
    { "unknown", sip_unknown_class, P(msg_unknown_d), E(msg_unknown_e), XT(msg_unknown_dup_xtra), DU(msg_unknown_dup_one),
      { "X-Foo: bar baz", "X-Empty:", "no colon", NULL } },
    { "payload", sip_payload_class, P(msg_payload_d), E(msg_payload_e), XT(msg_payload_dup_xtra), DU(msg_payload_dup_one),
      { "v=0\r\ns=-\r\n", "", NULL } },
    { "separator", sip_separator_class, P(msg_separator_d), E(msg_separator_e), NULL, NULL,
      { "\r\n", "\n", "", "x", NULL } },
    { "error", sip_error_class, P(msg_error_d), E(msg_error_e), XT(msg_error_dup_xtra), DU(msg_error_dup_one),
      { "whatever", NULL } },
    { "sip_error", sip_error_class, P(sip_error_d), E(sip_error_e), NULL, NULL,
      { "whatever", NULL } },
    { "any_route", sip_route_class, P(sip_any_route_d), E(sip_any_route_e), XT(sip_any_route_dup_xtra), DU(sip_any_route_dup_one),
      { "<sip:p1.example.com;lr>", "<sip:a@b;lr>;x=1, \"Name\" <sip:c@d>", "bad<", NULL } },
    { "any_route rr", sip_record_route_class, P(sip_any_route_d), E(sip_any_route_e), XT(sip_any_route_dup_xtra), DU(sip_any_route_dup_one),
      { "<sip:rr.example.com;lr>", NULL } },
  };
  size_t i;

  for (i = 0; i < sizeof slots / sizeof slots[0]; i++)
    run(&slots[i]);

  /* update functions: the derived fields follow the parameter list. */
  {
    sip_accept_t *ac = sip_accept_make(home, "text/html;q=0.5");
    sip_accept_encoding_t *aa = sip_accept_encoding_make(home, "gzip;q=0.3");
    sip_content_disposition_t *cd = sip_content_disposition_make(home, "render;handling=optional");
    printf("accept q=%s", ac->ac_q ? ac->ac_q : "-");
    msg_header_remove_param(ac->ac_common, "q");
    printf(" after remove q=%s", ac->ac_q ? ac->ac_q : "-");
    printf(" update=%d q=%s\n", msg_accept_update(ac->ac_common, NULL, 0, NULL), ac->ac_q ? ac->ac_q : "-");
    printf("accept_any q=%s update=%d", aa->aa_q ? aa->aa_q : "-", msg_accept_any_update(aa->aa_common, "q", 1, "0.3"));
    printf(" q=%s\n", aa->aa_q ? aa->aa_q : "-");
    printf("disposition optional=%d required=%d", cd->cd_optional, cd->cd_required);
    printf(" update=%d optional=%d\n", msg_content_disposition_update(cd->cd_common, "handling", 8, "optional"), cd->cd_optional);
    {
      sip_via_t *v = sip_via_make(home, "SIP/2.0/UDP h;branch=z9hG4bK1;received=1.2.3.4");
      printf("update_params: %d branch=%s received=%s\n", msg_header_update_params(v->v_common, 0),
             v->v_branch ? v->v_branch : "-", v->v_received ? v->v_received : "-");
      printf("update_params clear: %d branch=%s\n", msg_header_update_params(v->v_common, 1), v->v_branch ? v->v_branch : "-");
      printf("update_params no params: %d\n", msg_header_update_params(sip_call_id_make(home, "x@y")->i_common, 1));
    }
  }
  /* The msg_* classes of the MIME headers: their fields, and headers made with them. */
  {
    struct { msg_hclass_t *hc; char const *value; } cs[] = {
      { msg_accept_class, "application/sdp;q=0.5, text/plain" },
      { msg_accept_encoding_class, "gzip" }, { msg_accept_language_class, "fi, en;q=0.2" },
      { msg_content_disposition_class, "session;handling=required" },
      { msg_content_encoding_class, "gzip, x" }, { msg_content_language_class, "fi" },
      { msg_content_length_class, "42" }, { msg_content_type_class, "text/plain; charset=utf-8" },
      { msg_mime_version_class, "1.0" }, { msg_warning_class, "399 h \"w\"" },
      { msg_error_class, NULL }, { msg_unknown_class, NULL }, { msg_payload_class, "body" },
      { msg_separator_class, NULL },
    };
    for (i = 0; i < sizeof cs / sizeof cs[0]; i++) {
      msg_hclass_t *hc = cs[i].hc;
      printf("class %s: hash=%d len=%d short=%s size=%u params=%u kind=%u critical=%u\n",
             hc->hc_name ? hc->hc_name : "(null)", hc->hc_hash, hc->hc_len,
             hc->hc_short ? hc->hc_short : "(null)", hc->hc_size, hc->hc_params, hc->hc_kind, hc->hc_critical);
      if (cs[i].value) {
        msg_header_t *h = msg_header_make(home, hc, cs[i].value);
        char b[256] = "";
        if (h)
          msg_header_field_e(b, sizeof b, h, 0);
        printf("  make: %s hash=%d [%s]\n", h ? "ok" : "NULL", h ? h->sh_class->hc_hash : 0, b);
      }
    }
    printf("mime_version_1_0: %s (%u)\n", msg_mime_version_1_0, (unsigned)sizeof "MIME/1.0");
  }

  /* Transport and version strings of header copies; msg_content_length_create(). */
  {
    char const *ts[] = { sip_transport_udp, "SIP/2.0/TCP", "sip/2.0/tls", "SIP/2.0/SCTP", "SIP/2.0/XYZ", "", NULL };
    char buf[64];
    for (i = 0; ts[i]; i++) {
      char *p = buf;
      char const *d = NULL;
      isize_t x = sip_transport_xtra(ts[i]);
      sip_transport_dup(&p, &d, ts[i]);
      printf("transport \"%s\": xtra=%d copied=%d used=%d same=%d [%s]\n", ts[i], (int)x, d == buf,
             (int)(p - buf), d == ts[i], d);
    }
    {
      char const *vs[] = { sip_version_2_0, "SIP/2.0", "SIP/3.0", NULL };
      for (i = 0; vs[i]; i++) {
        char *p = buf;
        char const *d = NULL;
        isize_t x = sip_version_xtra(vs[i]);
        sip_version_dup(&p, &d, vs[i]);
        printf("version \"%s\": xtra=%d copied=%d used=%d same=%d [%s]\n", vs[i], (int)x, d == buf,
               (int)(p - buf), d == vs[i], d);
      }
    }
    {
      msg_content_length_t *l = msg_content_length_create(home, 1234);
      char b[32] = "";
      msg_header_field_e(b, sizeof b, (msg_header_t *)l, 0);
      printf("content_length_create: %u hash=%d [%s]\n", l ? l->l_length : 0, l ? l->l_common->h_class->hc_hash : 0, b);
    }
  }

  su_home_deinit(home);
  return 0;
}
