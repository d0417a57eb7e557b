/* sofia-rs: SIP utility functions (Sofia-SIP's sip_util.h). */
#ifndef SIP_UTIL_H
#define SIP_UTIL_H

#ifndef SIP_HEADER_H
#include <sofia-sip/sip_header.h>
#endif

SOFIA_BEGIN_DECLS

/** Strip a URL to an address-of-record: no port, headers, transport or lr parameter. */
SOFIAPUBFUN int sip_aor_strip(url_t *url);

SOFIA_END_DECLS

#endif /* SIP_UTIL_H */
