/* Generated from tags/tport.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_TPORT_TAGS_H
#define SOFIA_RS_GEN_TPORT_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

SOFIAPUBVAR tag_typedef_t tptag_any;
#define TPTAG_ANY() tptag_any, ((tag_value_t)0)

/* TPTAG_CAPT exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t tptag_capt;
SOFIAPUBVAR tag_typedef_t tptag_capt_ref;
#define TPTAG_CAPT(x) tptag_capt, tag_str_v(x)
#define TPTAG_CAPT_REF(x) tptag_capt_ref, tag_str_vr(&(x))

/* TPTAG_CAPT_SRC exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t tptag_capt_src;
SOFIAPUBVAR tag_typedef_t tptag_capt_src_ref;
#define TPTAG_CAPT_SRC(x) tptag_capt_src, tag_str_v(x)
#define TPTAG_CAPT_SRC_REF(x) tptag_capt_src_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_certificate;
SOFIAPUBVAR tag_typedef_t tptag_certificate_ref;
#define TPTAG_CERTIFICATE(x) tptag_certificate, tag_str_v(x)
#define TPTAG_CERTIFICATE_REF(x) tptag_certificate_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_close_after;
SOFIAPUBVAR tag_typedef_t tptag_close_after_ref;
#define TPTAG_CLOSE_AFTER(x) tptag_close_after, tag_bool_v(x)
#define TPTAG_CLOSE_AFTER_REF(x) tptag_close_after_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_compartment;
SOFIAPUBVAR tag_typedef_t tptag_compartment_ref;
#define TPTAG_COMPARTMENT(x) tptag_compartment, tag_ptr_v(x)
#define TPTAG_COMPARTMENT_REF(x) tptag_compartment_ref, tag_ptr_vr(&(x), (x))

SOFIAPUBVAR tag_typedef_t tptag_connect;
SOFIAPUBVAR tag_typedef_t tptag_connect_ref;
#define TPTAG_CONNECT(x) tptag_connect, tag_bool_v(x)
#define TPTAG_CONNECT_REF(x) tptag_connect_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_debug_drop;
SOFIAPUBVAR tag_typedef_t tptag_debug_drop_ref;
#define TPTAG_DEBUG_DROP(x) tptag_debug_drop, tag_uint_v(x)
#define TPTAG_DEBUG_DROP_REF(x) tptag_debug_drop_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_dump;
SOFIAPUBVAR tag_typedef_t tptag_dump_ref;
#define TPTAG_DUMP(x) tptag_dump, tag_str_v(x)
#define TPTAG_DUMP_REF(x) tptag_dump_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_fresh;
SOFIAPUBVAR tag_typedef_t tptag_fresh_ref;
#define TPTAG_FRESH(x) tptag_fresh, tag_bool_v(x)
#define TPTAG_FRESH_REF(x) tptag_fresh_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_http_connect;
SOFIAPUBVAR tag_typedef_t tptag_http_connect_ref;
#define TPTAG_HTTP_CONNECT(x) tptag_http_connect, tag_str_v(x)
#define TPTAG_HTTP_CONNECT_REF(x) tptag_http_connect_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_ident;
SOFIAPUBVAR tag_typedef_t tptag_ident_ref;
#define TPTAG_IDENT(x) tptag_ident, tag_str_v(x)
#define TPTAG_IDENT_REF(x) tptag_ident_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_idle;
SOFIAPUBVAR tag_typedef_t tptag_idle_ref;
#define TPTAG_IDLE(x) tptag_idle, tag_uint_v(x)
#define TPTAG_IDLE_REF(x) tptag_idle_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_keepalive;
SOFIAPUBVAR tag_typedef_t tptag_keepalive_ref;
#define TPTAG_KEEPALIVE(x) tptag_keepalive, tag_uint_v(x)
#define TPTAG_KEEPALIVE_REF(x) tptag_keepalive_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_log;
SOFIAPUBVAR tag_typedef_t tptag_log_ref;
#define TPTAG_LOG(x) tptag_log, tag_bool_v(x)
#define TPTAG_LOG_REF(x) tptag_log_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_mtu;
SOFIAPUBVAR tag_typedef_t tptag_mtu_ref;
#define TPTAG_MTU(x) tptag_mtu, tag_usize_v(x)
#define TPTAG_MTU_REF(x) tptag_mtu_ref, tag_usize_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_pingpong;
SOFIAPUBVAR tag_typedef_t tptag_pingpong_ref;
#define TPTAG_PINGPONG(x) tptag_pingpong, tag_uint_v(x)
#define TPTAG_PINGPONG_REF(x) tptag_pingpong_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_pong2ping;
SOFIAPUBVAR tag_typedef_t tptag_pong2ping_ref;
#define TPTAG_PONG2PING(x) tptag_pong2ping, tag_bool_v(x)
#define TPTAG_PONG2PING_REF(x) tptag_pong2ping_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_public;
SOFIAPUBVAR tag_typedef_t tptag_public_ref;
#define TPTAG_PUBLIC(x) tptag_public, tag_int_v(x)
#define TPTAG_PUBLIC_REF(x) tptag_public_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_queuesize;
SOFIAPUBVAR tag_typedef_t tptag_queuesize_ref;
#define TPTAG_QUEUESIZE(x) tptag_queuesize, tag_uint_v(x)
#define TPTAG_QUEUESIZE_REF(x) tptag_queuesize_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_reuse;
SOFIAPUBVAR tag_typedef_t tptag_reuse_ref;
#define TPTAG_REUSE(x) tptag_reuse, tag_bool_v(x)
#define TPTAG_REUSE_REF(x) tptag_reuse_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_sdwn_after;
SOFIAPUBVAR tag_typedef_t tptag_sdwn_after_ref;
#define TPTAG_SDWN_AFTER(x) tptag_sdwn_after, tag_bool_v(x)
#define TPTAG_SDWN_AFTER_REF(x) tptag_sdwn_after_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_sdwn_error;
SOFIAPUBVAR tag_typedef_t tptag_sdwn_error_ref;
#define TPTAG_SDWN_ERROR(x) tptag_sdwn_error, tag_bool_v(x)
#define TPTAG_SDWN_ERROR_REF(x) tptag_sdwn_error_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_server;
SOFIAPUBVAR tag_typedef_t tptag_server_ref;
#define TPTAG_SERVER(x) tptag_server, tag_bool_v(x)
#define TPTAG_SERVER_REF(x) tptag_server_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_sigcomp_lifetime;
SOFIAPUBVAR tag_typedef_t tptag_sigcomp_lifetime_ref;
#define TPTAG_SIGCOMP_LIFETIME(x) tptag_sigcomp_lifetime, tag_uint_v(x)
#define TPTAG_SIGCOMP_LIFETIME_REF(x) tptag_sigcomp_lifetime_ref, tag_uint_vr(&(x))

/* TPTAG_SOCKET_KEEPALIVE exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t tptag_socket_keepalive;
SOFIAPUBVAR tag_typedef_t tptag_socket_keepalive_ref;
#define TPTAG_SOCKET_KEEPALIVE(x) tptag_socket_keepalive, tag_uint_v(x)
#define TPTAG_SOCKET_KEEPALIVE_REF(x) tptag_socket_keepalive_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_stun_server;
SOFIAPUBVAR tag_typedef_t tptag_stun_server_ref;
#define TPTAG_STUN_SERVER(x) tptag_stun_server, tag_bool_v(x)
#define TPTAG_STUN_SERVER_REF(x) tptag_stun_server_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_thrprqsize;
SOFIAPUBVAR tag_typedef_t tptag_thrprqsize_ref;
#define TPTAG_THRPRQSIZE(x) tptag_thrprqsize, tag_uint_v(x)
#define TPTAG_THRPRQSIZE_REF(x) tptag_thrprqsize_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_thrpsize;
SOFIAPUBVAR tag_typedef_t tptag_thrpsize_ref;
#define TPTAG_THRPSIZE(x) tptag_thrpsize, tag_uint_v(x)
#define TPTAG_THRPSIZE_REF(x) tptag_thrpsize_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_timeout;
SOFIAPUBVAR tag_typedef_t tptag_timeout_ref;
#define TPTAG_TIMEOUT(x) tptag_timeout, tag_uint_v(x)
#define TPTAG_TIMEOUT_REF(x) tptag_timeout_ref, tag_uint_vr(&(x))

/* TPTAG_TLS_CIPHERS exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t tptag_tls_ciphers;
SOFIAPUBVAR tag_typedef_t tptag_tls_ciphers_ref;
#define TPTAG_TLS_CIPHERS(x) tptag_tls_ciphers, tag_str_v(x)
#define TPTAG_TLS_CIPHERS_REF(x) tptag_tls_ciphers_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_tls_passphrase;
SOFIAPUBVAR tag_typedef_t tptag_tls_passphrase_ref;
#define TPTAG_TLS_PASSPHRASE(x) tptag_tls_passphrase, tag_str_v(x)
#define TPTAG_TLS_PASSPHRASE_REF(x) tptag_tls_passphrase_ref, tag_str_vr(&(x))

/* TPTAG_TLS_TIMEOUT exists in Sofia-SIP 1.13 only; exported by both flavours here. */
SOFIAPUBVAR tag_typedef_t tptag_tls_timeout;
SOFIAPUBVAR tag_typedef_t tptag_tls_timeout_ref;
#define TPTAG_TLS_TIMEOUT(x) tptag_tls_timeout, tag_uint_v(x)
#define TPTAG_TLS_TIMEOUT_REF(x) tptag_tls_timeout_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_tls_verify_date;
SOFIAPUBVAR tag_typedef_t tptag_tls_verify_date_ref;
#define TPTAG_TLS_VERIFY_DATE(x) tptag_tls_verify_date, tag_uint_v(x)
#define TPTAG_TLS_VERIFY_DATE_REF(x) tptag_tls_verify_date_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_tls_verify_depth;
SOFIAPUBVAR tag_typedef_t tptag_tls_verify_depth_ref;
#define TPTAG_TLS_VERIFY_DEPTH(x) tptag_tls_verify_depth, tag_uint_v(x)
#define TPTAG_TLS_VERIFY_DEPTH_REF(x) tptag_tls_verify_depth_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_tls_verify_peer;
SOFIAPUBVAR tag_typedef_t tptag_tls_verify_peer_ref;
/* TPTAG_TLS_VERIFY_PEER: no generated macro (see tags/tport.tags). */

SOFIAPUBVAR tag_typedef_t tptag_tls_verify_policy;
SOFIAPUBVAR tag_typedef_t tptag_tls_verify_policy_ref;
#define TPTAG_TLS_VERIFY_POLICY(x) tptag_tls_verify_policy, tag_uint_v(x)
#define TPTAG_TLS_VERIFY_POLICY_REF(x) tptag_tls_verify_policy_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_tls_verify_subjects;
SOFIAPUBVAR tag_typedef_t tptag_tls_verify_subjects_ref;
#define TPTAG_TLS_VERIFY_SUBJECTS(x) tptag_tls_verify_subjects, tag_cptr_v(x)
#define TPTAG_TLS_VERIFY_SUBJECTS_REF(x) tptag_tls_verify_subjects_ref, tag_cptr_vr(&(x), (x))

SOFIAPUBVAR tag_typedef_t tptag_tls_version;
SOFIAPUBVAR tag_typedef_t tptag_tls_version_ref;
#define TPTAG_TLS_VERSION(x) tptag_tls_version, tag_uint_v(x)
#define TPTAG_TLS_VERSION_REF(x) tptag_tls_version_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_tos;
SOFIAPUBVAR tag_typedef_t tptag_tos_ref;
#define TPTAG_TOS(x) tptag_tos, tag_int_v(x)
#define TPTAG_TOS_REF(x) tptag_tos_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_trusted;
SOFIAPUBVAR tag_typedef_t tptag_trusted_ref;
/* TPTAG_TRUSTED: no generated macro (see tags/tport.tags). */

SOFIAPUBVAR tag_typedef_t tptag_udp_rmem;
SOFIAPUBVAR tag_typedef_t tptag_udp_rmem_ref;
#define TPTAG_UDP_RMEM(x) tptag_udp_rmem, tag_uint_v(x)
#define TPTAG_UDP_RMEM_REF(x) tptag_udp_rmem_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t tptag_udp_wmem;
SOFIAPUBVAR tag_typedef_t tptag_udp_wmem_ref;
#define TPTAG_UDP_WMEM(x) tptag_udp_wmem, tag_uint_v(x)
#define TPTAG_UDP_WMEM_REF(x) tptag_udp_wmem_ref, tag_uint_vr(&(x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_TPORT_TAGS_H */
