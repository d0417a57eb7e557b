/* sofia-rs: configuration of the sres resolver headers (linkage macro, socket type). */
#ifndef SOFIA_RESOLV_SRES_CONFIG_H
#define SOFIA_RESOLV_SRES_CONFIG_H

#include <stdint.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>

#define SRESPUBFUN

/* A socket of the resolver (a file descriptor). */
typedef int sres_socket_t;

#endif /* SOFIA_RESOLV_SRES_CONFIG_H */
