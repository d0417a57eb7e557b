/* sofia-rs: event server tags (NEATAG_*), Sofia-SIP's <sofia-sip/nea_tag.h>.
 *
 * The tag objects and their NEATAG_X() / NEATAG_X_REF() macros are generated from
 * tags/nea.tags (see <sofia-sip/gen/nea_tags.h>); this file adds the subscription states. */
#ifndef NEA_TAG_H
/** Defined when <sofia-sip/nea_tag.h> has been included. */
#define NEA_TAG_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#if defined(__has_include)
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

#include <sofia-sip/gen/nea_tags.h>

SOFIA_BEGIN_DECLS

/** States of a subscription. */
typedef enum {
  nea_extended = -1,   /* a state Sofia does not know by name */
  nea_embryonic = 0,   /* nothing notified yet */
  nea_pending = 1,
  nea_active = 2,
  nea_terminated = 3
} nea_state_t;

/* Older name of NEATAG_MIN_EXPIRES(). */
#define NEATAG_MINSUB(x) neatag_min_expires, tag_uint_v(x)
#define NEATAG_MINSUB_REF(x) neatag_min_expires_ref, tag_uint_vr(&(x))

SOFIA_END_DECLS

#endif /* NEA_TAG_H */
