/* sofia-rs: SIP tag classes and the macros that define SIP tags (Sofia-SIP's
 * sip_tag_class.h). Applications may define their own header tags with these. */
#ifndef SIP_TAG_CLASS_H
#define SIP_TAG_CLASS_H

#ifndef SU_TAG_CLASS_H
#include <sofia-sip/su_tag_class.h>
#endif
#ifndef MSG_TAG_CLASS_H
#include <sofia-sip/msg_tag_class.h>
#endif

SOFIA_BEGIN_DECLS

/** A tag whose value is a header of class sip_<t>_class, named @a n. */
#define SIPHDRTAG_NAMED_TYPEDEF(n, t) \
  {{ TAG_NAMESPACE, #n, siphdrtag_class, (tag_value_t)sip_##t##_class }}
#define SIPHDRTAG_TYPEDEF(t) SIPHDRTAG_NAMED_TYPEDEF(t, t)
/** A tag whose value is the text of a header of class sip_<t>_class. */
#define SIPSTRTAG_TYPEDEF(t) \
  {{ TAG_NAMESPACE, #t "_str", sipstrtag_class, (tag_value_t)sip_##t##_class }}
/** A tag whose value is a whole sip_t. */
#define SIPMSGTAG_TYPEDEF(t) \
  {{ TAG_NAMESPACE, #t, sipmsgtag_class, (tag_value_t)SIP_PROTOCOL_TAG }}
/** A tag for an extension header of class sip_<t>_class. */
#define SIPEXTHDRTAG_TYPEDEF(n, t) \
  {{ TAG_NAMESPACE, #n, sipexthdrtag_class, (tag_value_t)sip_##t##_class }}

SOFIAPUBVAR tag_class_t siphdrtag_class[1];
SOFIAPUBVAR tag_class_t sipstrtag_class[1];
SOFIAPUBVAR tag_class_t sipmsgtag_class[1];
SOFIAPUBVAR tag_class_t sipexthdrtag_class[1];

/** Filter of SIP header tags (also picks the header out of a SIPTAG_SIP item). */
SOFIAPUBFUN tagi_t *siptag_filter(tagi_t *dst, tagi_t const f[], tagi_t const *src, void **bb);

SOFIA_END_DECLS

#endif /* SIP_TAG_CLASS_H */
