/* sofia-rs: the transport layer (Sofia-SIP's <sofia-sip/tport.h>).
 *
 * sofia-rs has its own transport layer inside the library (UDP, TCP, TLS, WS, WSS), driven
 * by nta and nua and configured with the TPTAG_* tags of <sofia-sip/tport_tag.h>; the
 * tport_* functions of Sofia's C API are not exported and are not declared here.  This
 * header keeps the types, names and constants programs use with the tags: tport_t,
 * tp_name_t and its TPN_FORMAT/TPN_ARGS, the TP_AI_* flags. */
#ifndef TPORT_H
/** Defined when <sofia-sip/tport.h> has been included. */
#define TPORT_H

#ifndef SU_H
#include <sofia-sip/su.h>
#endif
#ifndef SU_STRLST_H
#include <sofia-sip/su_strlst.h>
#endif
#ifndef SU_WAIT_H
#include <sofia-sip/su_wait.h>
#endif
#ifndef SU_TIME_H
#include <sofia-sip/su_time.h>
#endif
#ifndef MSG_H
#include <sofia-sip/msg.h>
#endif
#ifndef URL_H
#include <sofia-sip/url.h>
#endif
#ifndef TPORT_TAG_H
#include <sofia-sip/tport_tag.h>
#endif

SOFIA_BEGIN_DECLS

struct tport_s;

/* The transport object and the stack above it; the macros let a program use its own
 * types, as in Sofia. */
#ifndef TPORT_T
#define TPORT_T struct tport_s
#endif
typedef TPORT_T tport_t;

#ifndef TP_STACK_T
#ifndef TP_AGENT_T
#define TP_STACK_T struct tp_stack_s
#else
#define TP_STACK_T TP_AGENT_T
#endif
#endif
typedef TP_STACK_T tp_stack_t;

#ifndef TP_MAGIC_T
#define TP_MAGIC_T struct tp_magic_s
#endif
typedef TP_MAGIC_T tp_magic_t;

#ifndef TP_CLIENT_T
#define TP_CLIENT_T struct tp_client_s
#endif
typedef TP_CLIENT_T tp_client_t;

struct sigcomp_compartment;
struct sigcomp_udvm;

/** The callbacks of the stack above the transports (Sofia's layout). */
typedef struct {
  int      tpac_size;
  void   (*tpac_recv)(tp_stack_t *, tport_t *, msg_t *msg, tp_magic_t *magic,
                      su_time_t received);
  void   (*tpac_error)(tp_stack_t *, tport_t *, int errcode, char const *remote);
  msg_t *(*tpac_alloc)(tp_stack_t *, int flags, char const [], usize_t,
                       tport_t const *, tp_client_t *);
  void   (*tpac_address)(tp_stack_t *, tport_t *);
} tport_stack_class_t;

/* Older name. */
typedef tport_stack_class_t tp_stack_class_t;

/** Called for each message still queued when a connection fails. */
typedef void tport_pending_error_f(tp_stack_t *, tp_client_t *, tport_t *, msg_t *msg,
                                   int error);

enum {
  /** Default length of a connection's send queue (messages). */
  TPORT_QUEUESIZE = 64
};

/* Flags of a transport address beyond the getaddrinfo() AI_* ones. */
#define TP_AI_COMPRESSED 0x01000
#define TP_AI_SECURE     0x02000
#define TP_AI_SHUTDOWN   0x04000
#define TP_AI_CLOSE      0x08000
#define TP_AI_ANY        0x80000
#define TP_AI_MASK       0xff000

/** Room for "[IPv6 address]:port" and a NUL. */
#define TPORT_HOSTPORTSIZE (55)

/** A transport name: protocol, canonical name, host, port, compression, identity. */
typedef struct {
  char const *tpn_proto;  /* "udp", "tcp", "tls", "ws", "wss", "*" */
  char const *tpn_canon;  /* canonical host name */
  char const *tpn_host;   /* host name or address */
  char const *tpn_port;   /* port (service) */
  char const *tpn_comp;   /* compression ("sigcomp") or NULL */
  char const *tpn_ident;  /* transport identity or NULL */
} tp_name_t;

/** printf() a tp_name_t: printf(TPN_FORMAT, TPN_ARGS(name)) gives "proto/host:port"
 * followed by ";comp=..." and "/ident" when set. */
#define TPN_FORMAT "%s/%s:%s%s%s%s%s"
#define TPN_ARGS(n)                                                     \
  (n)->tpn_proto, (n)->tpn_host, (n)->tpn_port,                         \
  (n)->tpn_comp ? ";comp=" : "", (n)->tpn_comp ? (n)->tpn_comp : "",    \
  (n)->tpn_ident ? "/" : "", (n)->tpn_ident ? (n)->tpn_ident : ""

SOFIA_END_DECLS

#endif /* TPORT_H */
