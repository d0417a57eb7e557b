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

SOFIA_END_DECLS

#endif /* SL_UTILS_H */
