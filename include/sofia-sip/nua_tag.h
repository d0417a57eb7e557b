/* sofia-rs: user agent tags (NUTAG_*), Sofia-SIP's <sofia-sip/nua_tag.h>.
 *
 * The tag objects and their NUTAG_X() / NUTAG_X_REF() macros are generated from
 * tags/nua.tags (see <sofia-sip/gen/nua_tags.h>). This file adds the handle types, the
 * call and subscription states, the macros that stand for tags of other modules
 * (NUTAG_AF() is SOATAG_AF(), ...) and the NUTAG_WITH_*() helpers.
 *
 * Tags whose class is not built yet (NUTAG_URL, NUTAG_REGISTRAR, NUTAG_SIPS_URL,
 * NUTAG_WS_URL, NUTAG_WSS_URL: url_tag_class; NUTAG_REFER_EVENT: siphdrtag_class;
 * NUTAG_INITIAL_ROUTE: sipexthdrtag_class) have no macro until then; NUTAG_PROXY()
 * appears with NTATAG_DEFAULT_PROXY(). */
#ifndef NUA_TAG_H
/** Defined when <sofia-sip/nua_tag.h> has been included. */
#define NUA_TAG_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#if defined(__has_include)
#if __has_include(<sofia-sip/sdp_tag.h>)
#include <sofia-sip/sdp_tag.h>
#endif
#if __has_include(<sofia-sip/url_tag.h>)
#include <sofia-sip/url_tag.h>
#endif
#if __has_include(<sofia-sip/sip_tag.h>)
#include <sofia-sip/sip_tag.h>
#endif
#endif
#ifndef NTA_TAG_H
#include <sofia-sip/nta_tag.h>
#endif
#ifndef NEA_TAG_H
#include <sofia-sip/nea_tag.h>
#endif
#ifndef SOA_TAG_H
#include <sofia-sip/soa_tag.h>
#endif

SOFIA_BEGIN_DECLS

/** The user agent object. */
typedef struct nua_s nua_t;
/** One operation (call, registration, subscription, ...) of a user agent. */
typedef struct nua_handle_s nua_handle_t;

SOFIA_END_DECLS

#include <sofia-sip/gen/nua_tags.h>

SOFIA_BEGIN_DECLS

/* Respond to the request being processed now (call from the event callback), or to a
 * saved event's request. Both call into nua (declared in <sofia-sip/nua.h>). */
#define NUTAG_WITH_THIS(nua) nutag_with, tag_ptr_v(nua_current_request((nua)))
#define NUTAG_WITH_CURRENT(nua) nutag_with, tag_ptr_v(nua_current_request((nua)))
#define NUTAG_WITH_SAVED(e) nutag_with, tag_ptr_v(nua_saved_event_request((e)))

/* Tags of other modules under nua names. */
#ifdef NTATAG_DEFAULT_PROXY
#define NUTAG_PROXY(x) NTATAG_DEFAULT_PROXY(x)
#define NUTAG_PROXY_REF(x) NTATAG_DEFAULT_PROXY_REF(x)
#define nutag_proxy ntatag_default_proxy
#endif
#define NUTAG_SIP_PARSER(x) NTATAG_MCLASS(x)
#define NUTAG_SIP_PARSER_REF(x) NTATAG_MCLASS_REF(x)
#define NUTAG_USE_LEG(x) NUTAG_USE_DIALOG(x)
#define NUTAG_USE_LEG_REF(x) NUTAG_USE_DIALOG_REF(x)
#define NUTAG_AF(x) SOATAG_AF((x))
#define NUTAG_AF_REF(x) SOATAG_AF_REF((x))
#define NUTAG_MEDIA_ADDRESS(x) SOATAG_ADDRESS((x))
#define NUTAG_MEDIA_ADDRESS_REF(x) SOATAG_ADDRESS_REF((x))
/* A true value puts the call on hold in every media ("*"). */
#define NUTAG_HOLD(x) SOATAG_HOLD((x) ? "*" : NULL)
#define NUTAG_ACTIVE_AUDIO(x) SOATAG_ACTIVE_AUDIO((x))
#define NUTAG_ACTIVE_AUDIO_REF(x) SOATAG_ACTIVE_AUDIO_REF((x))
#define NUTAG_ACTIVE_VIDEO(x) SOATAG_ACTIVE_VIDEO((x))
#define NUTAG_ACTIVE_VIDEO_REF(x) SOATAG_ACTIVE_VIDEO_REF((x))
#define NUTAG_ACTIVE_IMAGE(x) SOATAG_ACTIVE_IMAGE((x))
#define NUTAG_ACTIVE_IMAGE_REF(x) SOATAG_ACTIVE_IMAGE_REF((x))
#define NUTAG_ACTIVE_CHAT(x) SOATAG_ACTIVE_CHAT((x))
#define NUTAG_ACTIVE_CHAT_REF(x) SOATAG_ACTIVE_CHAT_REF((x))
#define NUTAG_SRTP_ENABLE(x) SOATAG_SRTP_ENABLE((x))
#define NUTAG_SRTP_ENABLE_REF(x) SOATAG_SRTP_ENABLE_REF((x))
#define NUTAG_SRTP_CONFIDENTIALITY(x) SOATAG_SRTP_CONFIDENTIALITY((x))
#define NUTAG_SRTP_CONFIDENTIALITY_REF(x) SOATAG_SRTP_CONFIDENTIALITY_REF((x))
#define NUTAG_SRTP_INTEGRITY_PROTECTION(x) SOATAG_SRTP_INTEGRITY((x))
#define NUTAG_SRTP_INTEGRITY_PROTECTION_REF(x) SOATAG_SRTP_INTEGRITY_REF((x))

/** Values of NUTAG_SESSION_REFRESHER(). */
enum nua_session_refresher {
  nua_no_refresher,
  nua_local_refresher,
  nua_remote_refresher,
  nua_any_refresher
};

/** Values of NUTAG_AUTH_CACHE(). */
enum nua_auth_cache {
  nua_auth_cache_dialog = 0,
  nua_auth_cache_challenged = 1,
  _nua_auth_cache_invalid
};

/** Values of NUTAG_CALLSTATE(). */
enum nua_callstate {
  nua_callstate_init,           /* 0: no call yet */
  nua_callstate_authenticating, /* 1 */
  nua_callstate_calling,        /* 2: INVITE sent */
  nua_callstate_proceeding,     /* 3: provisional response received */
  nua_callstate_completing,     /* 4: 2XX received, ACK not sent */
  nua_callstate_received,       /* 5: INVITE received */
  nua_callstate_early,          /* 6: provisional response sent */
  nua_callstate_completed,      /* 7: 2XX sent, ACK not received */
  nua_callstate_ready,          /* 8 */
  nua_callstate_terminating,    /* 9: BYE sent */
  nua_callstate_terminated      /* 10 */
};

/** Name of a call state ("init", "calling", ...). Provided by the nua layer. */
SOFIAPUBFUN char const *nua_callstate_name(enum nua_callstate state);

/** Values of NUTAG_SUBSTATE(): the states of <sofia-sip/nea_tag.h>. */
enum nua_substate {
  nua_substate_extended = nea_extended,
  nua_substate_embryonic = nea_embryonic,
  nua_substate_pending = nea_pending,
  nua_substate_active = nea_active,
  nua_substate_terminated = nea_terminated
};

/** Subscription-State name of a state, and back. Provided by the nua layer. */
SOFIAPUBFUN char const *nua_substate_name(enum nua_substate substate);
SOFIAPUBFUN enum nua_substate nua_substate_make(char const *sip_substate);

/** Values of NUTAG_AF() (= SOATAG_AF()). */
enum nua_af {
  nutag_af_any = SOA_AF_ANY,
  nutag_af_ip4_only = SOA_AF_IP4_ONLY,
  nutag_af_ip6_only = SOA_AF_IP6_ONLY,
  nutag_af_ip4_ip6 = SOA_AF_IP4_IP6,
  nutag_af_ip6_ip4 = SOA_AF_IP6_IP4
};
#define NUTAG_AF_ANY      nutag_af_any
#define NUTAG_AF_IP4_ONLY nutag_af_ip4_only
#define NUTAG_AF_IP6_ONLY nutag_af_ip6_only
#define NUTAG_AF_IP4_IP6  nutag_af_ip4_ip6
#define NUTAG_AF_IP6_IP4  nutag_af_ip6_ip4

/** Values of NUTAG_ACTIVE_AUDIO() and friends (= SOA_ACTIVE_*). */
enum {
  nua_active_rejected = SOA_ACTIVE_REJECTED,
  nua_active_disabled = SOA_ACTIVE_DISABLED,
  nua_active_inactive = SOA_ACTIVE_INACTIVE,
  nua_active_sendonly = SOA_ACTIVE_SENDONLY,
  nua_active_recvonly = SOA_ACTIVE_RECVONLY,
  nua_active_sendrecv = SOA_ACTIVE_SENDRECV
};

SOFIA_END_DECLS

#endif /* NUA_TAG_H */
