/* Generated from tags/stun.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_STUN_TAGS_H
#define SOFIA_RS_GEN_STUN_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

SOFIAPUBVAR tag_typedef_t stuntag_action;
SOFIAPUBVAR tag_typedef_t stuntag_action_ref;
#define STUNTAG_ACTION(x) stuntag_action, tag_int_v(x)
#define STUNTAG_ACTION_REF(x) stuntag_action_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t stuntag_any;
#define STUNTAG_ANY() stuntag_any, ((tag_value_t)0)

SOFIAPUBVAR tag_typedef_t stuntag_change_ip;
SOFIAPUBVAR tag_typedef_t stuntag_change_ip_ref;
#define STUNTAG_CHANGE_IP(x) stuntag_change_ip, tag_bool_v(x)
#define STUNTAG_CHANGE_IP_REF(x) stuntag_change_ip_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t stuntag_change_port;
SOFIAPUBVAR tag_typedef_t stuntag_change_port_ref;
#define STUNTAG_CHANGE_PORT(x) stuntag_change_port, tag_bool_v(x)
#define STUNTAG_CHANGE_PORT_REF(x) stuntag_change_port_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t stuntag_domain;
SOFIAPUBVAR tag_typedef_t stuntag_domain_ref;
#define STUNTAG_DOMAIN(x) stuntag_domain, tag_str_v(x)
#define STUNTAG_DOMAIN_REF(x) stuntag_domain_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t stuntag_integrity;
SOFIAPUBVAR tag_typedef_t stuntag_integrity_ref;
#define STUNTAG_INTEGRITY(x) stuntag_integrity, tag_int_v(x)
#define STUNTAG_INTEGRITY_REF(x) stuntag_integrity_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t stuntag_register_events;
SOFIAPUBVAR tag_typedef_t stuntag_register_events_ref;
#define STUNTAG_REGISTER_EVENTS(x) stuntag_register_events, tag_int_v(x)
#define STUNTAG_REGISTER_EVENTS_REF(x) stuntag_register_events_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t stuntag_require_integrity;
SOFIAPUBVAR tag_typedef_t stuntag_require_integrity_ref;
#define STUNTAG_REQUIRE_INTEGRITY(x) stuntag_require_integrity, tag_int_v(x)
#define STUNTAG_REQUIRE_INTEGRITY_REF(x) stuntag_require_integrity_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t stuntag_server;
SOFIAPUBVAR tag_typedef_t stuntag_server_ref;
#define STUNTAG_SERVER(x) stuntag_server, tag_str_v(x)
#define STUNTAG_SERVER_REF(x) stuntag_server_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t stuntag_socket;
SOFIAPUBVAR tag_typedef_t stuntag_socket_ref;
#define STUNTAG_SOCKET(x) stuntag_socket, tag_socket_v(x)
#define STUNTAG_SOCKET_REF(x) stuntag_socket_ref, tag_socket_vr(&(x))

SOFIAPUBVAR tag_typedef_t stuntag_timeout;
SOFIAPUBVAR tag_typedef_t stuntag_timeout_ref;
#define STUNTAG_TIMEOUT(x) stuntag_timeout, tag_uint_v(x)
#define STUNTAG_TIMEOUT_REF(x) stuntag_timeout_ref, tag_uint_vr(&(x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_STUN_TAGS_H */
