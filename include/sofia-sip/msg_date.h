/* sofia-rs: dates and delta-seconds of HTTP and SIP headers (Sofia-SIP's msg_date.h).
 *
 * Times are msg_time_t: seconds since 1 January 1900 (the NTP epoch). */
#ifndef MSG_DATE_H
#define MSG_DATE_H

#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif

SOFIA_BEGIN_DECLS

#ifndef MSG_TIME_T_DEFINED
#define MSG_TIME_T_DEFINED
/** Seconds since 1 January 1900 (the NTP epoch). */
typedef unsigned long msg_time_t;
#endif

#ifndef MSG_TIME_MAX
#define MSG_TIME_MAX ((msg_time_t)ULONG_MAX)
#endif

/** The current time. */
SOFIAPUBFUN msg_time_t msg_now(void);

/** Parse delta-seconds (if @a return_delta is given and the text starts with a digit)
 * or else a date; see msg_delta_d() and msg_date_d(). */
SOFIAPUBFUN issize_t msg_date_delta_d(char const **inout_string,
                                      msg_time_t *return_date,
                                      msg_time_t *return_delta);

/** Parse delta-seconds and the white space after them; returns the length parsed and
 * advances *ss, or -1. */
SOFIAPUBFUN issize_t msg_delta_d(char const **ss, msg_time_t *return_delta);

/** Print delta-seconds (snprintf-style); returns the length of the full text. */
SOFIAPUBFUN issize_t msg_delta_e(char b[], isize_t bsiz, msg_time_t delta);

/** Parse an RFC 1123, RFC 850 or asctime date; returns 0 and advances *ss, or -1. */
SOFIAPUBFUN issize_t msg_date_d(char const **ss, msg_time_t *date);

/** Print a date as "Wdy, DD Mon YYYY HH:MM:SS GMT" (snprintf-style); returns the length
 * of the full text. */
SOFIAPUBFUN issize_t msg_date_e(char b[], isize_t bsiz, msg_time_t date);

/** Length of a printed date of a four-digit year. */
enum { msg_date_string_size = 29 };

SOFIA_END_DECLS

#endif /* !defined(MSG_DATE_H) */
