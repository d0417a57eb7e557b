/* sofia-rs: transports of the transaction engine, Sofia-SIP's <sofia-sip/nta_tport.h>
 * (only what sofia-rs implements). */
#ifndef NTA_TPORT_H
/** Defined when <sofia-sip/nta_tport.h> has been included. */
#define NTA_TPORT_H

#ifndef NTA_H
#include <sofia-sip/nta.h>
#endif

SOFIA_BEGIN_DECLS

#ifdef SOFIA_RS_ABI_1_12
/** Whether the agent's transports are finding their public addresses (STUN, UPnP, which
 * sofia-rs does not do: always 0). Debian's 1.12 only. */
SOFIAPUBFUN int nta_agent_tport_is_updating(nta_agent_t *agent);
#endif

SOFIA_END_DECLS

#endif /* NTA_TPORT_H */
