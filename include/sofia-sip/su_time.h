/* sofia-rs: time stamps and durations (Sofia-SIP's su_time.h).
 *
 * su_time_t counts seconds from the NTP epoch (1900-01-01) plus microseconds.
 * su_duration_t is a signed number of milliseconds. */
#ifndef SU_TIME_H
#define SU_TIME_H

#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif

SOFIA_BEGIN_DECLS

/** Nanoseconds (su_nanotime(), su_monotime()). */
typedef uint64_t su_nanotime_t;
/** 64-bit time in nanoseconds and its signed difference (1.12.11 names). */
typedef uint64_t su_time64_t;
typedef int64_t su_dur64_t;

/** A time stamp: NTP-epoch seconds and microseconds (16 bytes). */
struct su_time_s {
  unsigned long tv_sec;   /* seconds since 1900-01-01 */
  unsigned long tv_usec;  /* 0..999999 */
};
typedef struct su_time_s su_time_t;

/** Milliseconds. */
typedef long su_duration_t;

enum {
  SU_DURATION_MAX = 0x7fffffffL
};
#define SU_DURATION_MAX SU_DURATION_MAX

/** 32.32 fixed-point NTP time stamp. */
typedef uint64_t su_ntp_t;
#define SU_NTP_C(x) UINT64_C(x)

#define SU_TIME_CMP(t1, t2) su_time_cmp(t1, t2)
/** Seconds from 1900-01-01 to 1970-01-01. */
#define SU_TIME_EPOCH 2208988800UL
#define SU_E9 (1000000000U)
#define SU_SEC_TO_DURATION(sec) ((su_duration_t)(1000 * (sec)))

/** Signature of the time hooks. */
typedef void (*su_time_func_t)(su_time_t *tv);

/* The library also exports the test hooks `void (*_su_time)(su_time_t *)' (post-processes
 * every su_time() result) and `uint64_t (*_su_nanotime)(uint64_t *)'; as in Sofia, tests
 * that use them declare them themselves. */

/** Replace the clock altogether (NULL: back to the system clock). */
SOFIAPUBFUN void su_set_time_func(su_time_func_t func);

SOFIAPUBFUN su_nanotime_t su_nanotime(su_nanotime_t *return_time);
SOFIAPUBFUN su_nanotime_t su_monotime(su_nanotime_t *return_time);

SOFIAPUBFUN su_time_t su_now(void);
SOFIAPUBFUN void su_time(su_time_t *tv);
SOFIAPUBFUN long su_time_cmp(su_time_t const t1, su_time_t const t2);
SOFIAPUBFUN double su_time_diff(su_time_t const t1, su_time_t const t2);
SOFIAPUBFUN su_duration_t su_duration(su_time_t const t1, su_time_t const t2);
SOFIAPUBFUN su_time_t su_time_add(su_time_t t, su_duration_t dur);
SOFIAPUBFUN su_time_t su_time_dadd(su_time_t t, double dur);
SOFIAPUBFUN int su_time_print(char *s, int n, su_time_t const *tv);

SOFIAPUBFUN su_ntp_t su_ntp_now(void);
SOFIAPUBFUN uint32_t su_ntp_sec(void);
SOFIAPUBFUN uint32_t su_ntp_hi(su_ntp_t);
SOFIAPUBFUN uint32_t su_ntp_lo(su_ntp_t);
SOFIAPUBFUN uint32_t su_ntp_mw(su_ntp_t ntp);
SOFIAPUBFUN su_ntp_t su_ntp_hilo(uint32_t hi, uint32_t lo);

SOFIAPUBFUN uint64_t su_counter(void);
SOFIAPUBFUN uint64_t su_nanocounter(void);
SOFIAPUBFUN uint32_t su_random(void);

/* Also exported as functions; inline here as in Sofia. */
su_inline uint32_t su_ntp_fraq(su_time_t t)
{
  /* microseconds * 2^16 / 10^6 == microseconds * 1024 / 15625, rounded */
  return (uint32_t)((t.tv_sec << 16) + (1024 * t.tv_usec + 7812) / 15625);
}

su_inline uint32_t su_time_ms(su_time_t t)
{
  return (uint32_t)(t.tv_sec * 1000 + (t.tv_usec + 500) / 1000);
}

SOFIA_END_DECLS

#endif /* SU_TIME_H */
