/* sofia-rs: SIP header tags (Sofia-SIP's sip_tag.h): SIPTAG_X(header), SIPTAG_X_STR(text),
 * SIPTAG_X_REF / SIPTAG_X_STR_REF for tl_gets(), SIPTAG_SIP(sip), SIPTAG_HEADER(h),
 * SIPTAG_HEADER_STR(text), SIPTAG_END(). The tag macros are generated from tags/sip.tags. */
#ifndef SIP_TAG_H
#define SIP_TAG_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#ifndef SU_TAG_CLASS_H
#include <sofia-sip/su_tag_class.h>
#endif
#ifndef SIP_H
#include <sofia-sip/sip.h>
#endif
#ifndef SIP_EXTRA_H
#include <sofia-sip/sip_extra.h>
#endif
#ifndef URL_TAG_H
#include <sofia-sip/url_tag.h>
#endif
#ifndef SIP_TAG_CLASS_H
#include <sofia-sip/sip_tag_class.h>
#endif

SOFIA_BEGIN_DECLS

/* Value helpers: a whole message, any header. */
su_inline tag_value_t siptag_sip_v(sip_t const *v) { return (tag_value_t)v; }
su_inline tag_value_t siptag_sip_vr(sip_t const **vp) { return (tag_value_t)vp; }
su_inline tag_value_t siptag_header_v(sip_header_t const *v) { return (tag_value_t)v; }
su_inline tag_value_t siptag_header_vr(sip_header_t const **vp) { return (tag_value_t)vp; }

#include <sofia-sip/gen/sip_tag_helpers.h>

SOFIA_END_DECLS

#include <sofia-sip/gen/sip_tags.h>

#endif /* SIP_TAG_H */
