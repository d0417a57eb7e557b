/* sofia-rs: slot functions of the message tag classes (Sofia-SIP's msg_tag_class.h). */
#ifndef MSG_TAG_CLASS_H
#define MSG_TAG_CLASS_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif

SOFIA_BEGIN_DECLS

/* Header tags: the value is a header (list). */
SOFIAPUBFUN int msghdrtag_snprintf(tagi_t const *t, char b[], size_t size);
SOFIAPUBFUN size_t msghdrtag_xtra(tagi_t const *t, size_t offset);
SOFIAPUBFUN tagi_t *msghdrtag_dup(tagi_t *dst, tagi_t const *src, void **inout_buffer);
SOFIAPUBFUN int msghdrtag_scan(tag_type_t tt, su_home_t *home, char const *s, tag_value_t *return_value);
/* String tags of headers. */
SOFIAPUBFUN tagi_t *msgstrtag_filter(tagi_t *dst, tagi_t const f[], tagi_t const *src, void **inout_buffer);
/* Message tags: the value is a public message struct. */
SOFIAPUBFUN int msgobjtag_snprintf(tagi_t const *t, char b[], size_t size);
SOFIAPUBFUN size_t msgobjtag_xtra(tagi_t const *t, size_t offset);
SOFIAPUBFUN tagi_t *msgobjtag_dup(tagi_t *dst, tagi_t const *src, void **inout_buffer);

SOFIA_END_DECLS

#endif /* MSG_TAG_CLASS_H */
