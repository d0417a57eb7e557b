/* sofia-rs: types of the resolver's asynchronous interface. The functions
 * (sres_resolver_set_async, sres_resolver_sockets, sres_resolver_timer,
 * sres_resolver_receive, ...) are not provided yet. */
#ifndef SOFIA_RESOLV_SRES_ASYNC_H
#define SOFIA_RESOLV_SRES_ASYNC_H

#include "sofia-resolv/sres_config.h"

#ifndef SRES_ASYNC_T
#define SRES_ASYNC_T struct sres_async_s
#endif
typedef SRES_ASYNC_T sres_async_t;

#include "sofia-resolv/sres.h"

/* Called when the resolver opens (new_socket) or closes (old_socket) a socket. */
typedef int sres_update_f(sres_async_t *async,
			  sres_socket_t new_socket,
			  sres_socket_t old_socket);

/* Called to ask for sres_resolver_timer() in `interval` milliseconds. */
typedef int sres_schedule_f(sres_async_t *async, unsigned long interval);

#endif /* SOFIA_RESOLV_SRES_ASYNC_H */
