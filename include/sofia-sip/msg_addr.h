/* sofia-rs: the address of a message (Sofia-SIP's msg_addr.h). */
#ifndef MSG_ADDR_H
#define MSG_ADDR_H

#ifndef MSG_H
#include <sofia-sip/msg.h>
#endif
#ifndef SU_H
#include <sofia-sip/su.h>
#endif
#ifndef SU_ADDRINFO_H
#include <sofia-sip/su_addrinfo.h>
#endif

SOFIA_BEGIN_DECLS

/** Where the message came from (received) or goes to (sent): family, socket type, protocol
 * and the socket address in ai_addr. */
SOFIAPUBFUN su_addrinfo_t *msg_addrinfo(msg_t *msg);
/** The message's socket address (deprecated: msg_get_address()). */
SOFIAPUBFUN su_sockaddr_t *msg_addr(msg_t *msg);
/** Clears the message's address; copies one message's address to another. */
SOFIAPUBFUN void msg_addr_zero(msg_t *msg);
SOFIAPUBFUN void msg_addr_copy(msg_t *dst, msg_t const *src);
SOFIAPUBFUN int msg_get_address(msg_t *msg, su_sockaddr_t *, socklen_t *);
SOFIAPUBFUN int msg_set_address(msg_t *msg, su_sockaddr_t const *, socklen_t);

SOFIAPUBFUN int msg_errno(msg_t const *msg);
SOFIAPUBFUN void msg_set_errno(msg_t *msg, int err);

/** The next message of a stream (set with msg_set_next()), taken off @a msg. */
SOFIAPUBFUN msg_t *msg_next(msg_t *msg);
SOFIAPUBFUN int msg_set_next(msg_t *msg, msg_t *next);

typedef struct su_iovec_s msg_iovec_t;
#define MSG_IOVEC_T su_iovec_t

SOFIA_END_DECLS

#endif /* MSG_ADDR_H */
