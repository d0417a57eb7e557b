/* sofia-rs: tags of the SDP offer/answer engine (SOATAG_*), Sofia-SIP's <sofia-sip/soa_tag.h>.
 *
 * The tag objects and their SOATAG_X() / SOATAG_X_REF() macros are generated from
 * tags/soa.tags (see <sofia-sip/gen/soa_tags.h>); this file adds the value constants. The
 * SDP-session tags (SOATAG_USER_SDP, ...) appear once sdptag_session_class exists. */
#ifndef SOA_TAG_H
/** Defined when <sofia-sip/soa_tag.h> has been included. */
#define SOA_TAG_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#if defined(__has_include)
#if __has_include(<sofia-sip/sdp_tag.h>)
#include <sofia-sip/sdp_tag.h>
#endif
#endif

#include <sofia-sip/gen/soa_tags.h>

SOFIA_BEGIN_DECLS

/** Values of SOATAG_ACTIVE_AUDIO() and friends: the state of one media stream. */
enum {
  SOA_ACTIVE_REJECTED = -8,   /* m= line rejected (port 0) */
  SOA_ACTIVE_DISABLED = -4,   /* media type not in use */
  SOA_ACTIVE_INACTIVE = 0,
  SOA_ACTIVE_SENDONLY = 1,
  SOA_ACTIVE_RECVONLY = 2,
  SOA_ACTIVE_SENDRECV = 3     /* SENDONLY | RECVONLY */
};
#define SOA_ACTIVE_DISABLED SOA_ACTIVE_DISABLED
#define SOA_ACTIVE_REJECTED SOA_ACTIVE_REJECTED
#define SOA_ACTIVE_INACTIVE SOA_ACTIVE_INACTIVE
#define SOA_ACTIVE_SENDONLY SOA_ACTIVE_SENDONLY
#define SOA_ACTIVE_RECVONLY SOA_ACTIVE_RECVONLY
#define SOA_ACTIVE_SENDRECV SOA_ACTIVE_SENDRECV

/** Values of SOATAG_AF(): which address families to offer. */
enum soa_af {
  SOA_AF_ANY,
  SOA_AF_IP4_ONLY,
  SOA_AF_IP6_ONLY,
  SOA_AF_IP4_IP6,
  SOA_AF_IP6_IP4
};
#define SOA_AF_ANY      SOA_AF_ANY
#define SOA_AF_IP4_ONLY SOA_AF_IP4_ONLY
#define SOA_AF_IP6_ONLY SOA_AF_IP6_ONLY
#define SOA_AF_IP4_IP6  SOA_AF_IP4_IP6
#define SOA_AF_IP6_IP4  SOA_AF_IP6_IP4

/** Values of SOATAG_RTP_SELECT(): which codecs go into the answer. */
enum {
  SOA_RTP_SELECT_SINGLE,
  SOA_RTP_SELECT_COMMON,
  SOA_RTP_SELECT_ALL
};

/** Values of SOATAG_RTP_SORT(): whose preference orders the codecs. */
enum {
  SOA_RTP_SORT_DEFAULT,
  SOA_RTP_SORT_LOCAL,
  SOA_RTP_SORT_REMOTE
};

SOFIA_END_DECLS

#endif /* SOA_TAG_H */
