/* sofia-rs: URL tags. URLTAG_URL(u) takes a url_t * or a URL string;
 * URLTAG_URL_REF(u) reads one back into a url_string_t const * variable. */
#ifndef URL_TAG_H
#define URL_TAG_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif

/* Only the types of url.h. */
#ifndef URL_H
#define URL_H
#include <sofia-sip/url.h>
#undef URL_H
#endif

SOFIA_BEGIN_DECLS

#if SU_HAVE_INLINE
su_inline tag_value_t urltag_url_v(void const *v) { return (tag_value_t)v; }
su_inline tag_value_t urltag_url_vr(url_string_t const **vp) { return (tag_value_t)vp; }
#else
#define urltag_url_v(v)   (tag_value_t)(v)
#define urltag_url_vr(vr) (tag_value_t)(vr)
#endif

SOFIA_END_DECLS

#include <sofia-sip/gen/url_tags.h>

#endif /* URL_TAG_H */
