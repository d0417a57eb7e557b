/* Differential fuzzing of the URL parser: thousands of pseudo-random and mutated URLs
 * (fixed seed) through url_d, url_e, url_make, url_hdup, url_cmp, url_digest,
 * url_have_transport and urltag_scan. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/url.h>
#include <sofia-sip/url_tag.h>

static unsigned long long state = 0x2545F4914F6CDD1DULL;

static unsigned rnd(unsigned n)
{
  state ^= state << 13; state ^= state >> 7; state ^= state << 17;
  return (unsigned)(state % n);
}

static char const *const seeds[] = {
  "sip:alice:pw@[2001:db8::1]:5061;transport=tcp;lr?subject=a%20b&x=y#frag",
  "sips:bob@example.com:5061;maddr=10.0.0.1;ttl=1;method=INVITE",
  "http://user:pw@www.example.com:8080/p/a;t/h?q=1#top",
  "tel:+358-50-123;phone-context=x",
  "wv:a/b@host;p?h#f",
  "//host:99/path;x?y#z",
  "im:bob@example.com",
  "pres:x@y:1",
  "sip:%41%3b%zz@h",
  "mailto:a@b?subject=x",
  "ftp://ftp.x.org/pub/%2Ffile",
  "file:///etc/passwd",
  "rtsp://h:554/s",
  "msrp://h:1/x;tcp",
  "cid:foo@bar",
  "fax:+1",
  "foo:bar@baz:1/q;r?s#t",
  "*",
  "sip:*",
  "sip:h:*",
};

static char const alphabet[] =
  "sipSIP:@;/?#[]%%%:=&+$,*.-_~!'()0123456789abcdefABCDEFxyz<>|\\^\" {}`\x7f\x80\xa0\xc4\xff\x01\t";

static void field(char const *name, char const *v)
{
  if (v) printf(" %s=%s", name, v);
}

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  int round, parsed = 0;
  url_t *prev = NULL;

  for (round = 0; round < 6000; round++) {
    char s[128], buf[128], out[160];
    size_t len, i, k;
    url_t u[1], *m;
    int rv;

    if (round % 3 == 0) {
      len = rnd(30);
      for (i = 0; i < len; i++) s[i] = alphabet[rnd(sizeof alphabet - 1)];
      s[len] = 0;
    } else {
      strcpy(s, seeds[rnd(sizeof seeds / sizeof seeds[0])]);
    }
    for (k = rnd(5); k > 0; k--) {
      size_t l = strlen(s), pos = l ? rnd((unsigned)l + 1) : 0;
      char c = alphabet[rnd(sizeof alphabet - 1)];
      switch (rnd(3)) {
      case 0:
        if (l < 100) { memmove(s + pos + 1, s + pos, l - pos + 1); s[pos] = c; }
        break;
      case 1:
        if (pos < l) memmove(s + pos, s + pos + 1, l - pos);
        break;
      default:
        if (pos < l) s[pos] = c;
        break;
      }
    }

    strcpy(buf, s);
    rv = url_d(u, buf);
    printf("%d \"%s\" %d", round, s, rv);
    if (rv == 0) {
      parsed++;
      printf(" t=%d r=%d", u->url_type, u->url_root);
      field("S", u->url_scheme); field("U", u->url_user); field("W", u->url_password);
      field("H", u->url_host); field("P", u->url_port); field("A", u->url_path);
      field("M", u->url_params); field("Q", u->url_headers); field("F", u->url_fragment);
      url_e(out, sizeof out, u);
      printf(" e=%s have_tp=%d", out, url_have_transport(u));
    }
    printf("\n");

    m = url_make(home, s);
    if (m) {
      url_t *d = url_hdup(home, m);
      unsigned char h[16];
      tag_value_t v = 0;
      printf("  as=%s dup=%s cmp=%d", url_as_string(home, m), url_as_string(home, d), url_cmp_all(m, d) != 0);
      if (prev)
        printf(" vsprev=%d,%d", url_cmp(m, prev) < 0 ? -1 : url_cmp(m, prev) > 0,
               url_cmp_all(m, prev) < 0 ? -1 : url_cmp_all(m, prev) > 0);
      /* (Sofia's url_update() of malformed URL strings crashes: only parsed ones here.) */
      url_digest(h, sizeof h, m, NULL);
      printf(" dig=%02x%02x%02x%02x", h[0], h[1], h[2], h[3]);
      if (t_scan(urltag_url, home, s, &v) == 0 && v) {
        printf(" scan=%s", url_as_string(home, (url_t *)v));
      }
      printf(" port=%s\n", url_port(m));
      if (prev) su_free(home, prev);
      su_free(home, d);
      prev = m;
    }
  }
  printf("parsed %d\n", parsed);
  su_home_deinit(home);
  return 0;
}
