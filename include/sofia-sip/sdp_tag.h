/* sofia-rs: SDP tags. SDPTAG_SESSION(sdp) carries an sdp_session_t *; copying a tag list
 * (tl_dup, tl_adup) deep-copies the session, printing it (t_snprintf, tl_print) prints
 * the SDP text. The tag objects and macros come from tags/sdp.tags
 * (<sofia-sip/gen/sdp_tags.h>). */
#ifndef SDP_TAG_H
#define SDP_TAG_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#ifndef SU_TAG_CLASS_H
#include <sofia-sip/su_tag_class.h>
#endif

SOFIA_BEGIN_DECLS

struct sdp_session_s;

#if SU_HAVE_INLINE
su_inline tag_value_t sdptag_session_v(struct sdp_session_s const *v) { return (tag_value_t)v; }
su_inline tag_value_t sdptag_session_vr(struct sdp_session_s const **vp) { return (tag_value_t)vp; }
#else
#define sdptag_session_v(v)   (tag_value_t)(v)
#define sdptag_session_vr(vp) (tag_value_t)(vp)
#endif

/* The class of session tags. */
SOFIAPUBVAR tag_class_t sdptag_session_class[];

#define SDPTAG_TYPEDEF(name) \
  {{ TAG_NAMESPACE, #name, sdptag_session_class }}

/* Slot functions of sdptag_session_class (exported by Sofia-SIP without a declaration). */
SOFIAPUBFUN size_t sdptag_session_xtra(tagi_t const *t, size_t offset);
SOFIAPUBFUN tagi_t *sdptag_session_dup(tagi_t *dst, tagi_t const *src, void **bb);
SOFIAPUBFUN int sdptag_session_snprintf(tagi_t const *t, char b[], size_t size);

SOFIA_END_DECLS

#include <sofia-sip/gen/sdp_tags.h>

#endif /* SDP_TAG_H */
