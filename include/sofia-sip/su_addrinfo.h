/* sofia-rs: address information (Sofia-SIP's su_addrinfo.h): the system's struct addrinfo. */
#ifndef SU_ADDRINFO_H
#define SU_ADDRINFO_H

#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif

#include <sys/types.h>
#include <sys/socket.h>
#include <netdb.h>

SOFIA_BEGIN_DECLS

typedef struct addrinfo su_addrinfo_t;

SOFIA_END_DECLS

#endif /* SU_ADDRINFO_H */
