/* sofia-rs: transport tags (TPTAG_*), Sofia-SIP's <sofia-sip/tport_tag.h>.
 *
 * The tag objects and their TPTAG_X() / TPTAG_X_REF() macros are generated from
 * tags/tport.tags (see <sofia-sip/gen/tport_tags.h>); this file adds the value constants
 * and the deprecated TPTAG_TLS_VERIFY_PEER(). */
#ifndef TPORT_TAG_H
/** Defined when <sofia-sip/tport_tag.h> has been included. */
#define TPORT_TAG_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif

#include <sofia-sip/gen/tport_tags.h>

SOFIA_BEGIN_DECLS

/** Kinds of transports (priority types). */
typedef enum tport_via {
  tport_type_local = 0,
  tport_type_server = 0,
  tport_type_client = 1,
  tport_type_stun = 2,
  tport_type_upnp = 3,
  tport_type_connect = 4,
  tport_type_socks = 5
} tport_pri_type_t;

/** Bits of TPTAG_TLS_VERIFY_POLICY(). */
enum tport_tls_verify_policy {
  TPTLS_VERIFY_NONE = 0x0,
  TPTLS_VERIFY_INCOMING = 0x1,
  TPTLS_VERIFY_IN = 0x1,
  TPTLS_VERIFY_OUTGOING = 0x2,
  TPTLS_VERIFY_OUT = 0x2,
  TPTLS_VERIFY_ALL = 0x3,
  TPTLS_VERIFY_SUBJECTS_IN = 0x5,   /* also check the subjects of incoming peers */
  TPTLS_VERIFY_SUBJECTS_OUT = 0xA,  /* also check the subjects of outgoing peers */
  TPTLS_VERIFY_SUBJECTS_ALL = 0xF
};

/** Bits of TPTAG_TLS_VERSION() (1.13 names; harmless with 1.12). */
enum tport_tls_version {
  TPTLS_VERSION_SSLv2 = (1 << 0),
  TPTLS_VERSION_SSLv3 = (1 << 1),
  TPTLS_VERSION_TLSv1 = (1 << 2),
  TPTLS_VERSION_TLSv1_1 = (1 << 3),
  TPTLS_VERSION_TLSv1_2 = (1 << 4)
};

/* Deprecated: a boolean that stands for TPTAG_TLS_VERIFY_POLICY(ALL or NONE). */
#define TPTAG_TLS_VERIFY_PEER(x) \
  TPTAG_TLS_VERIFY_POLICY((x) ? TPTLS_VERIFY_ALL : TPTLS_VERIFY_NONE)
#define TPTAG_TLS_VERIFY_PEER_REF(x) tptag_tls_verify_peer_ref, tag_uint_vr(&(x))

SOFIA_END_DECLS

#endif /* TPORT_TAG_H */
