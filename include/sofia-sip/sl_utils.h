/* sofia-rs: SIP helper functions for printing (Sofia-SIP's sl_utils.h). */
#ifndef SL_UTILS_H
#define SL_UTILS_H

#include <stdio.h>

#ifndef SIP_H
#include <sofia-sip/sip.h>
#endif

SOFIA_BEGIN_DECLS

/** Prints the value of header @a h to @a stream, through printf format @a fmt (with one
 * %s) if given. Returns the number of bytes printed, or -1. */
SOFIAPUBFUN issize_t sl_header_print(FILE *, char const *fmt, sip_header_t const *h);

#ifndef SU_LOG_T
#define SU_LOG_T
typedef struct su_log_s su_log_t;
#endif

/** A body read from file @a fname ("-" or NULL: standard input) or from @a f. */
SOFIAPUBFUN sip_payload_t *sl_read_payload(su_home_t *home, char const *fname);
SOFIAPUBFUN sip_payload_t *sl_fread_payload(su_home_t *home, FILE *);

/** The request line or status of @a sip with its CSeq (and, with @a details, Via, From
 * and To) to the stream (NULL: stdout). */
SOFIAPUBFUN void sl_message_log(FILE *, char const *prefix, sip_t const *, int details);
/** From / To / Contact without their parameters. */
SOFIAPUBFUN issize_t sl_from_print(FILE *, char const *fmt, sip_from_t const *from);
SOFIAPUBFUN issize_t sl_to_print(FILE *, char const *fmt, sip_to_t const *to);
SOFIAPUBFUN issize_t sl_contact_print(FILE *, char const *fmt, sip_contact_t const *m);
SOFIAPUBFUN issize_t sl_allow_print(FILE *, char const *fmt, sip_allow_t const *g);
/** Each line of the body after @a prefix; returns the bytes printed. */
SOFIAPUBFUN issize_t sl_payload_print(FILE *, char const *prefix, sip_payload_t const *pl);
SOFIAPUBFUN issize_t sl_via_print(FILE *, char const *fmt, sip_via_t const *v);

/* The same to a log (NULL: su_log_default) at level @a lvl. */
SOFIAPUBFUN void sl_sip_log(su_log_t *, int lvl, char const *, sip_t const *, int details);
SOFIAPUBFUN void sl_header_log(su_log_t *, int lvl, char const *, sip_header_t const *h);
SOFIAPUBFUN void sl_from_log(su_log_t *, int lvl, char const *, sip_from_t const *from);
SOFIAPUBFUN void sl_to_log(su_log_t *, int lvl, char const *, sip_to_t const *to);
SOFIAPUBFUN void sl_contact_log(su_log_t *, int lvl, char const *, sip_contact_t const *m);
SOFIAPUBFUN void sl_allow_log(su_log_t *, int, char const *, sip_allow_t const *g);
SOFIAPUBFUN void sl_via_log(su_log_t *, int, char const *, sip_via_t const *v);
SOFIAPUBFUN void sl_payload_log(su_log_t *, int, char const *, sip_payload_t const *pl);

SOFIA_END_DECLS

#endif /* SL_UTILS_H */
