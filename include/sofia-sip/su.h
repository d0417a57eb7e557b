/* sofia-rs: sockets and library initialisation (Sofia-SIP's su.h). */
#ifndef SU_H
#define SU_H

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif
#ifndef SU_TYPES_H
#include <sofia-sip/su_types.h>
#endif
#ifndef SU_ERRNO_H
#include <sofia-sip/su_errno.h>
#endif

#include <stdio.h>
#include <string.h>
#include <limits.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/ioctl.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <netdb.h>

SOFIA_BEGIN_DECLS

/** A socket descriptor. */
typedef int su_socket_t;

enum {
  INVALID_SOCKET = -1,
#define INVALID_SOCKET ((su_socket_t)INVALID_SOCKET)
  SOCKET_ERROR = -1,
#define SOCKET_ERROR SOCKET_ERROR
  su_success = 0,
  su_failure = -1
};

#define SU_MAXHOST (1025)
#define SU_MAXSERV (25)
#define SU_ADDRSIZE (48)
#define SU_SERVSIZE (16)

#define SU_SUCCESS su_success
#define SU_FAILURE su_failure

/** A socket address of any family Sofia supports (32 bytes). */
union su_sockaddr_u {
  short               su_dummy;
#define               su_len          su_array[0]
#define               su_family       su_sa.sa_family
#define               su_port         su_sin.sin_port
  char                su_array[32];
  uint16_t            su_array16[16];
  uint32_t            su_array32[8];
  struct sockaddr     su_sa;
  struct sockaddr_in  su_sin;
  struct sockaddr_in6 su_sin6;
#define               su_scope_id     su_array32[6]
};
typedef union su_sockaddr_u su_sockaddr_t;

typedef size_t su_ioveclen_t;
/** One buffer of a vectored send or receive. */
typedef struct su_iovec_s {
  void  *siv_base;
  su_ioveclen_t siv_len;
} su_iovec_t;
#define SU_IOVECLEN_MAX SIZE_MAX

/* Library initialisation. */
SOFIAPUBFUN int su_init(void);
SOFIAPUBFUN void su_deinit(void);

/* Sockets. */
SOFIAPUBFUN su_socket_t su_socket(int af, int sock, int proto);
SOFIAPUBFUN int su_close(su_socket_t s);
SOFIAPUBFUN int su_is_blocking(int errcode);
SOFIAPUBFUN int su_setblocking(su_socket_t s, int blocking);
SOFIAPUBFUN int su_setreuseaddr(su_socket_t s, int reuse);
SOFIAPUBFUN int su_soerror(su_socket_t s);
SOFIAPUBFUN int su_getsocktype(su_socket_t s);
SOFIAPUBFUN issize_t su_getmsgsize(su_socket_t s);
SOFIAPUBFUN issize_t su_vsend(su_socket_t, su_iovec_t const iov[], isize_t len, int flags,
                              su_sockaddr_t const *su, socklen_t sulen);
SOFIAPUBFUN issize_t su_vrecv(su_socket_t, su_iovec_t iov[], isize_t len, int flags,
                              su_sockaddr_t *su, socklen_t *sulen);

/* On POSIX systems these are the plain system calls. */
#define su_ioctl ioctl
#define su_is_blocking(e) \
  ((e) == EINPROGRESS || (e) == EAGAIN || (e) == EWOULDBLOCK)
#define su_inet_pton inet_pton
#define su_inet_ntop inet_ntop
#define su_send(s, b, l, f) send((s), (b), (l), (f))
#define su_sendto(s, b, l, f, a, n) sendto((s), (b), (l), (f), (void const *)(a), (n))
#define su_recv(s, b, l, f) recv((s), (b), (l), (f))
#define su_recvfrom(s, b, l, f, a, n) recvfrom((s), (b), (l), (f), (void *)(a), (n))

/** Length of a socket address of the given union's family. */
#define SU_SOCKADDR_SIZE(su) \
  ((socklen_t)((su)->su_family == AF_INET ? sizeof((su)->su_sin) \
               : (su)->su_family == AF_INET6 ? sizeof((su)->su_sin6) \
               : sizeof(*(su))))
#define su_sockaddr_size SU_SOCKADDR_SIZE

#define SU_HAS_INADDR_ANY(su) \
  ((su)->su_family == AF_INET ? (su)->su_sin.sin_addr.s_addr == INADDR_ANY \
   : ((su)->su_family == AF_INET6 \
      ? memcmp(&(su)->su_sin6.sin6_addr, &in6addr_any, sizeof(in6addr_any)) == 0 : 0))
#define su_has_inaddr_any SU_HAS_INADDR_ANY

/** The address part of a socket address, and its length. */
#define SU_ADDR(su) \
  ((su)->su_family == AF_INET ? (void *)&(su)->su_sin.sin_addr : \
   ((su)->su_family == AF_INET6 ? (void *)&(su)->su_sin6.sin6_addr : \
    (void *)&(su)->su_sa.sa_data))
#define SU_ADDRLEN(su) \
  ((su)->su_family == AF_INET ? (socklen_t)sizeof((su)->su_sin.sin_addr) : \
   ((su)->su_family == AF_INET6 ? (socklen_t)sizeof((su)->su_sin6.sin6_addr) \
    : (socklen_t)sizeof((su)->su_sa.sa_data)))
#define SU_SOCKADDR_INADDR_ANY(su) SU_HAS_INADDR_ANY(su)

#define su_in6addr_any()         (&in6addr_any)
#define su_in6addr_loopback()    (&in6addr_loopback)
#define SU_IN6ADDR_ANY_INIT      IN6ADDR_ANY_INIT
#define SU_IN6ADDR_LOOPBACK_INIT IN6ADDR_LOOPBACK_INIT

/** IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) IPv6 addresses. */
#define SU_IN6_IS_ADDR_V4MAPPED(a) \
  (((uint32_t const *)(a))[0] == 0 && ((uint32_t const *)(a))[1] == 0 && \
   ((uint32_t const *)(a))[2] == htonl(0xffff))
#define SU_IN6_IS_ADDR_V4COMPAT(a) \
  (((uint32_t const *)(a))[0] == 0 && ((uint32_t const *)(a))[1] == 0 && \
   ((uint32_t const *)(a))[2] == 0 && ((uint32_t const *)(a))[3] != htonl(1) && \
   ((uint32_t const *)(a))[3] != htonl(0))

SOFIAPUBFUN int su_cmp_sockaddr(su_sockaddr_t const *a, su_sockaddr_t const *b);
SOFIAPUBFUN int su_match_sockaddr(su_sockaddr_t const *a, su_sockaddr_t const *b);
SOFIAPUBFUN void su_canonize_sockaddr(su_sockaddr_t *su);
#define SU_CANONIZE_SOCKADDR(su) \
  ((su)->su_family == AF_INET6 ? su_canonize_sockaddr(su) : (void)0)

SOFIA_END_DECLS

#endif /* SU_H */
