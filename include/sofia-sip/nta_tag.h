/* sofia-rs: transaction engine tags (NTATAG_*), Sofia-SIP's <sofia-sip/nta_tag.h>.
 *
 * The tag objects and their NTATAG_X() / NTATAG_X_REF() macros are generated from
 * tags/nta.tags (see <sofia-sip/gen/nta_tags.h>). Tags whose class is not built yet
 * (NTATAG_DEFAULT_PROXY: url_tag_class; NTATAG_CONTACT, NTATAG_ALIASES, NTATAG_TARGET:
 * siphdrtag_class) have no macro until then. */
#ifndef NTA_TAG_H
/** Defined when <sofia-sip/nta_tag.h> has been included. */
#define NTA_TAG_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#if defined(__has_include)
#if __has_include(<sofia-sip/sip_tag.h>)
#include <sofia-sip/sip_tag.h>
#endif
#if __has_include(<sofia-sip/url_tag.h>)
#include <sofia-sip/url_tag.h>
#endif
#endif

#include <sofia-sip/gen/nta_tags.h>

SOFIA_BEGIN_DECLS

/* Older name of NTATAG_CLIENT_RPORT(). */
#define NTATAG_RPORT(x) ntatag_client_rport, tag_bool_v(x)
#define NTATAG_RPORT_REF(x) ntatag_client_rport_ref, tag_bool_vr(&(x))

SOFIA_END_DECLS

#endif /* NTA_TAG_H */
