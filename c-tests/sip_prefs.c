/* Caller preferences (RFC 3841, sip_util.h): sip_prefs_parse value by value,
 * sip_prefs_match, sip_prefs_matching, sip_is_callerpref, and Contact against
 * Accept-Contact / Reject-Contact: sip_contact_accept, _reject, _score, _is_immune,
 * _immunize. (No q in Accept-Contact: the real library never sets cp_q, so its scores
 * ignore it; docs/deviations.md.) */
#include <stdio.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_util.h>

static su_home_t home[1] = { SU_HOME_INIT(home) };

static void show(union sip_pref const *sp)
{
  switch (sp->sp_type) {
  case sp_literal:
    printf("literal[%.*s]", (int)sp->sp_literal.spl_length, sp->sp_literal.spl_value);
    break;
  case sp_string:
    printf("string[%.*s]", (int)sp->sp_string.sps_length, sp->sp_string.sps_value);
    break;
  case sp_range:
    printf("range[%g,%g]", sp->sp_range.spr_lower, sp->sp_range.spr_upper);
    break;
  case sp_init:
    printf("init");
    break;
  default:
    printf("error");
  }
}

static void parse_all(char const *value)
{
  union sip_pref sp[1];
  char const *s = value;
  int neg = 7, i, r;

  memset(sp, 0, sizeof sp);
  printf("parse '%s':", value);
  for (i = 0; i < 8; i++) {
    r = sip_prefs_parse(sp, &s, &neg);
    printf(" %d:", r);
    show(sp);
    printf("/neg=%d/at=%d", neg, (int)(s - value));
    if (!r)
      break;
  }
  printf("\n");
}

int main(void)
{
  static char const *const values[] = {
    "", "TRUE", "\"TRUE\"", "false", "\"FALSE\"", "INVITE", "\"INVITE,BYE\"", "\"INVITE, !BYE , OPTIONS\"",
    "\"<urn:uuid:1234>\"", "\"<a>,<b>\"", "\"#=1\"", "\"#<=3.5\"", "\"#>=-2\"", "\"#1:6\"", "\"# 2 : 4\"",
    "\"#\"", "\"#=\"", "\"#<=\"", "\"#x\"", "\"a,#=1\"", "\"a,<b>\"", "\"a,b\"x", "\"!\"", "\"\"", "\"a,,b\"", NULL
  };
  static char const *const pairs[][2] = {
    {"\"INVITE,BYE\"", "\"BYE\""}, {"\"INVITE\"", "\"BYE\""}, {"\"INVITE\"", "\"!BYE\""}, {"\"INVITE\"", "\"!INVITE\""},
    {"\"!INVITE\"", "\"BYE\""}, {"\"#1:5\"", "\"#>=3\""}, {"\"#1:2\"", "\"#>=3\""}, {"\"x\"", "\"#=1\""},
    {"", "TRUE"}, {"", "FALSE"}, {"\"<a>\"", "\"<a>\""}, {"\"<a>\"", "\"<A>\""}, {"\"abc\"", "\"ABC\""},
    {"bad", "\"x\""}, {"\"x\"", "bad"}, {"\"x,#=1\"", "\"y\""}, {"\"x\"", "\"y,z,x\""}, {"\"a,b\"", "\"!c,!d\""},
  };
  static char const *const params[] = {
    "audio", "AUDIO=x", "+audio", "+sip.instance=\"<urn:x>\"", "audiox", "q=0.5", "", "+", "++alarm",
    "methods", "Video", "isfocus", "actor", "events=\"presence\"", "expires=3600", NULL
  };
  static char const *const contacts[] = {
    "<sip:a@h>", "<sip:a@h>;audio;video", "<sip:a@h>;methods=\"INVITE,BYE\";audio",
    "<sip:a@h>;+sip.instance=\"<urn:x>\";expires=60", "<sip:a@h>;audio=\"FALSE\";q=0.1", NULL
  };
  static char const *const accepts[] = {
    "*;audio", "*;audio;require;explicit", "*;methods=\"BYE\"", "*;video;methods=\"INVITE\"",
    "*;+sip.instance=\"<urn:x>\"", "*;audio=\"FALSE\";explicit", "*;methods=\"#=1\"", NULL
  };
  int i, j;

  for (i = 0; values[i]; i++)
    parse_all(values[i]);

  {
    union sip_pref a[1], b[1];
    char const *s1 = "\"#1:5\"", *s2 = "\"#=7\"", *s3 = "\"abc\"", *s4 = "\"ABC\"";
    int n;
    memset(a, 0, sizeof a); memset(b, 0, sizeof b);
    sip_prefs_parse(a, &s1, &n); sip_prefs_parse(b, &s2, &n);
    printf("match ranges=%d", sip_prefs_match(a, b));
    memset(a, 0, sizeof a); memset(b, 0, sizeof b);
    sip_prefs_parse(a, &s3, &n); sip_prefs_parse(b, &s4, &n);
    printf(" literals=%d null=%d\n", sip_prefs_match(a, b), sip_prefs_match(a, NULL));
  }

  for (i = 0; i < (int)(sizeof pairs / sizeof pairs[0]); i++) {
    int err = 0;
    int r = sip_prefs_matching(pairs[i][0], pairs[i][1], &err);
    printf("matching(%s, %s) = %d err=%d\n", pairs[i][0], pairs[i][1], r, err);
  }
  printf("matching(NULL) = %d\n", sip_prefs_matching(NULL, "x", NULL));

  for (i = 0; params[i]; i++)
    printf("callerpref(%s)=%d\n", params[i], sip_is_callerpref(params[i]));
  printf("callerpref(NULL)=%d\n", sip_is_callerpref(NULL));

  for (i = 0; contacts[i]; i++) {
    sip_contact_t *m = sip_contact_make(home, contacts[i]);
    sip_contact_t *im = sip_contact_immunize(home, m);
    printf("contact %s: immune=%d immunized=%s (immune=%d)\n", contacts[i], sip_contact_is_immune(m),
           sip_header_as_string(home, (sip_header_t *)im), sip_contact_is_immune(im));
    for (j = 0; accepts[j]; j++) {
      sip_accept_contact_t *ac = sip_accept_contact_make(home, accepts[j]);
      sip_reject_contact_t *rc = sip_reject_contact_make(home, accepts[j]);
      unsigned S = 77, N = 77;
      int err = 0;
      int a = sip_contact_accept(m, ac, &S, &N, &err);
      printf("  %s: accept=%d S=%u N=%u err=%d reject=%d score=%d score(rc)=%d\n", accepts[j], a, S, N, err,
             sip_contact_reject(m, rc), sip_contact_score(m, ac, NULL), sip_contact_score(m, NULL, rc));
    }
    {
      sip_accept_contact_t *ac = sip_accept_contact_make(home, "*;audio, *;methods=\"INVITE\"");
      printf("  two accept-contacts: score=%d\n", sip_contact_score(m, ac, NULL));
    }
  }
  printf("immunize(NULL)=%p\n", (void *)sip_contact_immunize(home, NULL));

  su_home_deinit(home);
  return 0;
}
