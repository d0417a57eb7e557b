/* sofia-rs: stateless operation of the transaction engine, Sofia-SIP's
 * <sofia-sip/nta_stateless.h> (only what sofia-rs implements). */
#ifndef NTA_STATELESS_H
/** Defined when <sofia-sip/nta_stateless.h> has been included. */
#define NTA_STATELESS_H

#ifndef NTA_H
#include <sofia-sip/nta.h>
#endif

SOFIA_BEGIN_DECLS

/** Answers a request received by the agent's message callback; consumes @a msg. */
SOFIAPUBFUN int nta_msg_treply(nta_agent_t *self, msg_t *msg, int status, char const *phrase,
                               tag_type_t tag, tag_value_t value, ...);

SOFIA_END_DECLS

#endif /* NTA_STATELESS_H */
