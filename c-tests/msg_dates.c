/* msg_date.h: dates and delta-seconds through msg_date_d/e, msg_delta_d/e and
 * msg_date_delta_d, valid and invalid. Leap-year dates after February, years past 2035
 * and hours like 24:30:00 are left out: 1.12.11 gets them wrong (see
 * docs/deviations.md and c-tests/msgutil_ours.c). */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <sofia-sip/msg_date.h>
#include <sofia-sip/sip_header.h>

static void date(char const *in)
{
  char const *s = in;
  msg_time_t t = 4711;
  char b[64];
  int r = (int)msg_date_d(&s, &t);
  printf("date_d(\"%s\") = %d t=%lu rest=\"%s\"", in, r, t, s);
  if (r == 0) {
    msg_date_e(b, sizeof b, t);
    printf(" -> %s", b);
  }
  printf("\n");
}

static void delta(char const *in)
{
  char const *s = in;
  msg_time_t t = 4711;
  int r = (int)msg_delta_d(&s, &t);
  printf("delta_d(\"%s\") = %d t=%lu rest=\"%s\"\n", in, r, t, s);
}

static void date_delta(char const *in, int want_date, int want_delta)
{
  char const *s = in;
  msg_time_t d = 1, e = 2;
  int r = (int)msg_date_delta_d(&s, want_date ? &d : NULL, want_delta ? &e : NULL);
  printf("date_delta_d(\"%s\", %d, %d) = %d date=%lu delta=%lu rest=\"%s\"\n",
         in, want_date, want_delta, r, d, e, s);
}

int main(void)
{
  static char const *const dates[] = {
    "Sun, 06 Nov 1994 08:49:37 GMT",
    "Sunday, 06-Nov-94 08:49:37 GMT",
    "Sunday, 06-Nov-1994 08:49:37 GMT",
    "Sun Nov  6 08:49:37 1994",
    "Sun Nov 6 08:49:37 1994",
    "Sun Nov  6 08:49:37 GMT 1994",
    "Sun Nov  6 08:49:37 UTC 1994",
    "Sun Nov  6 08:49:37 UT 1994",
    "Sun Nov  6 08:49:37 94",
    "Sun, 6 Nov 1994 08:49:37 GMT",
    "Sun, 06 Nov 1994 8:49:37 GMT",
    "Sun,06 Nov 1994 08:49:37 GMT",
    "Sun, 06 nov 1994 08:49:37 gmt",
    "Sun, 06 NOV 1994 08:49:37 UCT",
    "Sun, 06 November 1994 08:49:37 GMT",
    "Sun, 06 Nov 1994 08:49:37 GMTX",
    "Sun, 06 Nov 1994 08:49:37 GMT ;x=1",
    "Sun, 06 Nov 1994 08:49:37",
    "Sun, 06 Nov 1994 08:49:37 ",
    "Sun, 06 Nov 1994 08:49:37 EST",
    "Sun, 06 Nov 1994 08:49:37 +0000",
    "Sun, 06 Nov 94 08:49:37 GMT",
    "Sun, 06 Foo 1994 08:49:37 GMT",
    "Sun, 31 Nov 1994 08:49:37 GMT",
    "Sun, 00 Nov 1994 08:49:37 GMT",
    "Sun, 06 Nov 1994 25:00:00 GMT",
    "Sun, 06 Nov 1994 08:60:00 GMT",
    "Sun, 06 Nov 1994 08:49:60 GMT",
    "Sun, 06 Nov 1994 08:49 GMT",
    "Sun, 06 Nov 1994 08-49-37 GMT",
    "Sat, 01 Jan 2011 24:00:00 GMT",
    "Mon, 01 Jan 1900 00:00:00 GMT",
    "Sun, 31 Dec 1899 23:59:59 GMT",
    "Thu, 01 Jan 1970 00:00:00 GMT",
    "Thursday, 01-Jan-70 00:00:00 GMT",
    "Saturday, 01-Jan-00 00:00:00 GMT",
    "Sun, 01 Jan 2012 00:00:00 GMT",
    "Wed, 28 Feb 2012 23:59:59 GMT",
    "Fri, 28 Feb 2014 23:59:59 GMT",
    "Sat, 29 Feb 2014 00:00:00 GMT",
    "Fri, 29 Feb 1900 00:00:00 GMT",
    "Sat, 01 Mar 2014 00:00:00 GMT",
    "Thu, 31 Dec 2015 23:59:59 GMT",
    "Mon, 31 Dec 2035 23:59:59 GMT",
    "Sun, 01 Jan 2034 12:34:56 GMT",
    "",
    "Sun",
    "Sun,",
    ", 06 Nov 1994 08:49:37 GMT",
    "06 Nov 1994 08:49:37 GMT",
    "Sun Nov",
    "Sun Nov  6",
    "Sun Nov  6 08:49:37",
    "Sun Foo  6 08:49:37 1994",
    NULL
  };
  static msg_time_t const times[] = {
    0, 1, 59, 86399, 86400, 2208988800UL, 2208988800UL + 1234567890UL,
    3187296000UL, /* 2001 */ 3502915200UL, /* 2011 */ 3913056000UL /* 2024-01 */,
    4102444800UL,
  };
  static char const *const deltas[] = {
    "0", "3600", "3600  ;x", "  5", "12abc", "4294967296", "18446744073709551615",
    "99999999999999999999", "-1", "", "+5", "007", "1\r\n 2", NULL
  };
  size_t i;
  char b[64];
  time_t now;
  msg_time_t m, sn;

  for (i = 0; dates[i]; i++)
    date(dates[i]);

  for (i = 0; i < sizeof times / sizeof times[0]; i++) {
    int n = (int)msg_date_e(b, sizeof b, times[i]);
    printf("date_e(%lu) = %d \"%s\"\n", times[i], n, b);
  }
  printf("date_e(NULL, 0) = %d\n", (int)msg_date_e(NULL, 0, 0));
  memset(b, 'x', sizeof b);
  printf("date_e(b, 10) = %d \"%s\"\n", (int)msg_date_e(b, 10, 2208988800UL), b);
  printf("date_e(b, 29) = %d \"%s\"\n", (int)msg_date_e(b, 29, 2208988800UL), b);
  printf("date_e(b, 30) = %d \"%s\"\n", (int)msg_date_e(b, 30, 2208988800UL), b);
  printf("msg_date_string_size = %d\n", (int)msg_date_string_size);

  for (i = 0; deltas[i]; i++)
    delta(deltas[i]);
  printf("delta_e(3600) = %d \"%s\"\n", (int)msg_delta_e(b, sizeof b, 3600), b);
  printf("delta_e(0) = %d \"%s\"\n", (int)msg_delta_e(b, sizeof b, 0), b);
  printf("delta_e(max) = %d \"%s\"\n", (int)msg_delta_e(b, sizeof b, MSG_TIME_MAX), b);
  printf("delta_e(b, 3) = %d \"%s\"\n", (int)msg_delta_e(b, 3, 123456), b);
  printf("delta_e(NULL, 0) = %d\n", (int)msg_delta_e(NULL, 0, 123456));

  date_delta("3600", 1, 1);
  date_delta("3600", 1, 0);
  date_delta("3600", 0, 1);
  date_delta("Sun, 06 Nov 1994 08:49:37 GMT", 1, 1);
  date_delta("Sun, 06 Nov 1994 08:49:37 GMT", 0, 1);
  date_delta("Sun, 06 Nov 1994 08:49:37 GMT", 1, 0);
  date_delta(";x", 1, 1);
  date_delta("", 1, 1);

  now = time(NULL);
  m = msg_now();
  sn = sip_now();
  printf("msg_now close: %d\n", m >= (msg_time_t)now + 2208988800UL && m <= (msg_time_t)now + 2208988802UL);
  printf("sip_now close: %d\n", sn >= m && sn <= m + 2);
  return 0;
}
