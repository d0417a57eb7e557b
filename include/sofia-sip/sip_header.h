/* sofia-rs: SIP header and message functions (Sofia-SIP's sip_header.h).
 *
 * So far this header declares the method names and codes, the protocol strings and
 * sip_now(). The header-object and message functions (sip_from_create(), sip_add_tl(),
 * ...) will follow here with the message layer. */
#ifndef SIP_HEADER_H
#define SIP_HEADER_H

#ifndef SU_ALLOC_H
#include <sofia-sip/su_alloc.h>
#endif
#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#ifndef SIP_H
#include <sofia-sip/sip.h>
#endif
#ifndef MSG_HEADER_H
#include <sofia-sip/msg_header.h>
#endif

#include <string.h>

SOFIA_BEGIN_DECLS

/** The current time, seconds since 1900. */
SOFIAPUBFUN sip_time_t sip_now(void);

SOFIAPUBVAR char const sip_method_name_ack[];
SOFIAPUBVAR char const sip_method_name_bye[];
SOFIAPUBVAR char const sip_method_name_cancel[];
SOFIAPUBVAR char const sip_method_name_invite[];
SOFIAPUBVAR char const sip_method_name_options[];
SOFIAPUBVAR char const sip_method_name_register[];
SOFIAPUBVAR char const sip_method_name_info[];
SOFIAPUBVAR char const sip_method_name_prack[];
SOFIAPUBVAR char const sip_method_name_update[];
SOFIAPUBVAR char const sip_method_name_message[];
SOFIAPUBVAR char const sip_method_name_subscribe[];
SOFIAPUBVAR char const sip_method_name_notify[];
SOFIAPUBVAR char const sip_method_name_refer[];
SOFIAPUBVAR char const sip_method_name_publish[];

/** "SIP/2.0/UDP" and the other Via protocol strings. */
SOFIAPUBVAR char const sip_transport_udp[];
SOFIAPUBVAR char const sip_transport_tcp[];
SOFIAPUBVAR char const sip_transport_sctp[];
SOFIAPUBVAR char const sip_transport_tls[];
SOFIAPUBVAR char const sip_transport_ws[];
SOFIAPUBVAR char const sip_transport_wss[];
/** "SIP/2.0" */
SOFIAPUBVAR char const sip_version_2_0[];

#define SIP_VERSION_CURRENT sip_version_2_0

/** Version of the parser (of the library). */
SOFIAPUBVAR char const sip_parser_version[];

/** Port (service) or the default. */
#define SIP_PORT(s) ((s) ? (s) : "5060")
#define SIPS_PORT(s) ((s) ? (s) : "5061")

/** Canonical name of a known method; @a name for sip_method_unknown; else NULL. */
SOFIAPUBFUN char const *sip_method_name(sip_method_t method, char const *name);

/** Method code of a name: sip_method_unknown (0) for extension methods,
 * sip_method_invalid (-1) for what is no method name. */
SOFIAPUBFUN sip_method_t sip_method_code(char const *name);

/** Names indexed by sip_method_t: "<UNKNOWN>", "INVITE", ..., "PUBLISH", NULL. */
SOFIAPUBVAR char const * const sip_method_names[];

/** Method name of a (method, name) pair. */
#define SIP_METHOD_NAME(method, name) \
 ((method) == sip_method_unknown ? (name) : sip_method_name(method, name))

SOFIA_END_DECLS

#endif /* !defined(SIP_HEADER_H) */
