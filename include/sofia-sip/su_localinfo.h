/* sofia-rs: local addresses of the host (Sofia-SIP's <sofia-sip/su_localinfo.h>).
 *
 * sofia-rs finds its local addresses internally; Sofia's su_getlocalinfo(),
 * su_freelocalinfo(), su_copylocalinfo(), su_gli_strerror() and su_sockaddr_scope() are not
 * exported and are not declared here.  The structure, flags, scopes and error codes are
 * Sofia's. */
#ifndef SU_LOCALINFO_H
/** Defined when <sofia-sip/su_localinfo.h> has been included. */
#define SU_LOCALINFO_H

#ifndef SU_H
#include <sofia-sip/su.h>
#endif

SOFIA_BEGIN_DECLS

typedef struct su_localinfo_s su_localinfo_t;

/** One local address (a hint when passed in, a result when returned; x86-64: 56 bytes). */
struct su_localinfo_s {
  int li_flags;              /* LI_* flags */
  int li_family;             /* address family (AF_INET, AF_INET6, 0 = any) */
  int li_index;              /* interface index */
  int li_scope;              /* LI_SCOPE_* */
  socklen_t li_addrlen;      /* length of li_addr */
  su_sockaddr_t *li_addr;    /* the address */
  char *li_canonname;        /* its name or numeric form */
  su_localinfo_t *li_next;   /* next result */
  char *li_ifname;           /* interface name (with LI_IFNAME) */
};

/* li_flags */
enum {
  LI_V4MAPPED  = 1,    /* IPv4 addresses as IPv4-mapped IPv6 ones */
  LI_CANONNAME = 2,    /* fill li_canonname */
  LI_NAMEREQD  = 6,    /* only addresses with a name (implies LI_CANONNAME) */
  LI_NUMERIC   = 8,    /* li_canonname in numeric form */
  LI_DOWN      = 16,   /* include interfaces that are down */
  LI_IFNAME    = 256   /* fill li_ifname */
};

/* li_scope */
enum {
  LI_SCOPE_HOST   = 0x10,
  LI_SCOPE_LINK   = 0x20,
  LI_SCOPE_SITE   = 0x40,
  LI_SCOPE_GLOBAL = 0x80
};

/* errors */
enum {
  ELI_NOADDRESS = -1,
  ELI_MEMORY    = -2,
  ELI_FAMILY    = -3,
  ELI_RESOLVER  = -4,
  ELI_SYSTEM    = -5,
  ELI_BADHINTS  = -6,
  ELI_NOERROR   = 0
};

SOFIA_END_DECLS

#endif /* SU_LOCALINFO_H */
