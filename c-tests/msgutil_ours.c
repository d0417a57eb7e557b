/* sofia-rs-test: ours-only
 * Where sofia-rs deliberately differs from 1.12.11 (docs/deviations.md, "msg and sip
 * utilities"): leap-year dates, years past 2035, 24:30:00, extension method names that
 * begin like a known one, NULL arguments; plus the fork's phrases and transports;
 * msg_header_remove_item (removes the item), sip_route_fixdup/_reverse with a misplaced
 * lr on any route, sip_is_allowed with NULL arguments. */
#include <stdio.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/msg_date.h>
#include <sofia-sip/msg_header.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/sip_util.h>

static int failures;

#define CHECK(cond) \
  do { if (!(cond)) { printf("FAILED line %d: %s\n", __LINE__, #cond); failures++; } } while (0)

#define UNIX 2208988800UL

static msg_time_t d(char const *s)
{
  msg_time_t t = 4711;
  return msg_date_d(&s, &t) == 0 ? t : 4711;
}

static int e(msg_time_t t, char const *want)
{
  char b[64];
  msg_date_e(b, sizeof b, t);
  if (strcmp(b, want)) printf("date_e(%lu) = %s, want %s\n", t, b, want);
  return strcmp(b, want) == 0;
}

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  msg_param_t list[] = { "a=1", "b", NULL };
  char buf[16];
  char const *s = NULL;
  msg_time_t t;

  /* Leap years */
  CHECK(d("Wed, 29 Feb 2012 12:00:00 GMT") == 1330516800UL + UNIX);
  CHECK(d("Thu, 01 Mar 2012 00:00:00 GMT") == 1330560000UL + UNIX);
  CHECK(d("Tue, 01 Mar 2016 00:00:00 GMT") == 1456790400UL + UNIX);
  CHECK(d("Sun, 31 Dec 2000 23:59:59 GMT") == 978307199UL + UNIX);
  CHECK(e(1330516800UL + UNIX, "Wed, 29 Feb 2012 12:00:00 GMT"));
  CHECK(e(1330560000UL + UNIX, "Thu, 01 Mar 2012 00:00:00 GMT"));
  CHECK(e(978307199UL + UNIX, "Sun, 31 Dec 2000 23:59:59 GMT"));
  /* Past 2035 */
  CHECK(d("Tue, 01 Jan 2036 00:00:00 GMT") == 2082758400UL + UNIX);
  CHECK(d("Tue, 19 Jan 2038 03:14:08 GMT") == 2147483648UL + UNIX);
  CHECK(d("Friday, 01-Jan-2100 00:00:00 GMT") == 4102444800UL + UNIX);
  CHECK(e(2147483648UL + UNIX, "Tue, 19 Jan 2038 03:14:08 GMT"));
  CHECK(e(4102444800UL + UNIX, "Fri, 01 Jan 2100 00:00:00 GMT"));
  /* 24:00:00 only */
  CHECK(d("Sat, 01 Jan 2011 24:00:00 GMT") == d("Sun, 02 Jan 2011 00:00:00 GMT"));
  CHECK(d("Sat, 01 Jan 2011 24:30:00 GMT") == 4711);
  CHECK(d("Sat, 01 Jan 2011 24:00:30 GMT") == 4711);
  /* NULL arguments */
  CHECK(msg_date_d(NULL, &t) == -1);
  CHECK(msg_date_d(&s, &t) == -1);
  CHECK(msg_delta_d(&s, &t) == -1);
  CHECK(msg_date_delta_d(&s, &t, &t) == -1);
  CHECK(msg_date_delta_d(NULL, &t, &t) == -1);

  /* Methods */
  CHECK(sip_method_code("PING") == sip_method_unknown);
  CHECK(sip_method_code("INV") == sip_method_unknown);
  CHECK(sip_method_code("REFE") == sip_method_unknown);
  CHECK(sip_method_code("SUB") == sip_method_unknown);
  CHECK(sip_method_code("I N") == sip_method_unknown);
  CHECK(sip_method_code(NULL) == sip_method_invalid);
  CHECK(sip_method_code("INVITE") == sip_method_invite);

  /* Parameters and quoting with bad arguments */
  CHECK(msg_params_find(list, "") == NULL);
  CHECK(msg_params_find(list, "=1") == NULL);
  CHECK(msg_params_find_slot((msg_param_t *)list, "") == NULL);
  CHECK(msg_params_remove((char const **)list, "=1") == -1);
  CHECK(msg_params_replace(home, NULL, "a=2") == -1);
  CHECK(msg_params_add(home, NULL, "a=2") == -1);
  CHECK(msg_unquote_dup(home, NULL) == NULL);
  CHECK(msg_unquote(buf, NULL) == NULL);

  /* The fork's phrases and transports (exported in both flavours) */
  CHECK(strcmp(sip_403_Stale_date, "Stale Date") == 0);
  CHECK(strcmp(sip_428_Use_identity_header, "Use Identity Header") == 0);
  CHECK(strcmp(sip_436_Bad_identity_info, "Bad Identity Info") == 0);
  CHECK(strcmp(sip_437_Unsupported_credential, "Unsupported Credential") == 0);
  CHECK(strcmp(sip_438_Invalid_identity_header, "Invalid Identity Header") == 0);
  CHECK(strcmp(sip_607_Unwanted, "Unwanted") == 0);
  CHECK(strcmp(sip_transport_ws, "SIP/2.0/WS") == 0);
  CHECK(strcmp(sip_transport_wss, "SIP/2.0/WSS") == 0);
#ifdef SOFIA_RS_ABI_1_12
  CHECK(strcmp(sip_status_phrase(607), "") == 0);
  CHECK(strcmp(sip_parser_version, "1.12.11devel") == 0);
#else
  CHECK(sip_status_phrase(607) == sip_607_Unwanted);
  CHECK(sip_status_phrase(428) == sip_428_Use_identity_header);
  CHECK(sip_status_phrase(438) == sip_438_Invalid_identity_header);
  CHECK(strcmp(sip_parser_version, "1.13.18") == 0);
#endif
  {
    int code; char const *phrase;
    struct { int code; char const *phrase; } p = { SIP_403_STALE_DATE };
    CHECK(p.code == 403 && p.phrase == sip_403_Stale_date);
    (void)code; (void)phrase;
  }

  {
    sip_supported_t *k = sip_supported_make(home, "timer, 100rel, path, 100rel");
    sip_allow_t *al = sip_allow_make(home, "INVITE, FOO");
    sip_route_t *r = sip_route_make(home, "<sip:a.example.org;lr>, <sip:b.example.org>;lr, <sip:c.example.org>;lr=on;x");
    sip_route_t *d;
    CHECK(msg_header_remove_item(k->k_common, "100rel") == 1);
    CHECK(strcmp(sip_header_as_string(home, (sip_header_t *)k), "timer, path") == 0);
    CHECK(msg_header_remove_item(k->k_common, "PATH") == 0);
    CHECK(msg_header_remove_item(k->k_common, "path") == 1);
    CHECK(msg_header_remove_item(k->k_common, "timer") == 1);
    CHECK(k->k_items[0] == NULL);
    CHECK(msg_header_remove_item(NULL, "x") == -1);
    CHECK(sip_is_allowed(NULL, sip_method_invite, "INVITE") == 0);
    CHECK(sip_is_allowed(al, sip_method_unknown, NULL) == 0);
    CHECK(sip_is_allowed(al, sip_method_unknown, "FOO") == 1);
    d = sip_route_fixdup(home, r);
    CHECK(d && strcmp(sip_header_as_string(home, (sip_header_t *)d->r_next), "<sip:b.example.org;lr>") == 0);
    CHECK(d && strcmp(sip_header_as_string(home, (sip_header_t *)d->r_next->r_next), "<sip:c.example.org;lr=on>;x") == 0);
    d = sip_route_reverse(home, r);
    CHECK(d && strcmp(sip_header_as_string(home, (sip_header_t *)d), "<sip:c.example.org;lr=on>;x") == 0);
    CHECK(d && strcmp(sip_header_as_string(home, (sip_header_t *)d->r_next->r_next), "<sip:a.example.org;lr>") == 0);
  }

  su_home_deinit(home);
  printf("%d failures\n", failures);
  return failures != 0;
}
