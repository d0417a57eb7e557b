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

/** Forwards a request (to @a u, else the default proxy, a loose route or the Request-URI,
 * with a Via of ours on top) or a response (to its second Via, ours popped) statelessly;
 * consumes @a msg. 0 when sent, -1 otherwise. */
SOFIAPUBFUN int nta_msg_tsend(nta_agent_t *agent, msg_t *msg, url_string_t const *u,
                              tag_type_t tag, tag_value_t value, ...);

/** Answers @a req_msg with @a reply (NULL: a new message), completed from the request;
 * consumes both messages. */
SOFIAPUBFUN int nta_msg_mreply(nta_agent_t *agent, msg_t *reply, sip_t *sip, int status,
                               char const *phrase, msg_t *req_msg,
                               tag_type_t tag, tag_value_t value, ...);

SOFIA_END_DECLS

#endif /* NTA_STATELESS_H */
