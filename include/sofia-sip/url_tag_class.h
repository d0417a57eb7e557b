/* sofia-rs: the tag class of URL-valued tags (URLTAG_URL, NUTAG_URL, ...). */
#ifndef URL_TAG_CLASS_H
#define URL_TAG_CLASS_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#ifndef SU_TAG_CLASS_H
#include <sofia-sip/su_tag_class.h>
#endif

SOFIA_BEGIN_DECLS

/* Values are url_string_t pointers: a url_t or a URL string; copies are deep. */
SOFIAPUBVAR tag_class_t url_tag_class[1];

/* The slots of url_tag_class, for classes built on it. */
SOFIAPUBFUN int urltag_snprintf(tagi_t const *t, char b[], size_t size);
SOFIAPUBFUN size_t urltag_xtra(tagi_t const *t, size_t offset);
SOFIAPUBFUN tagi_t *urltag_dup(tagi_t *dst, tagi_t const *src, void **bb);
SOFIAPUBFUN int urltag_scan(tag_type_t tt, su_home_t *home, char const *s,
                            tag_value_t *return_value);

/* Define a URL-valued tag: tag_typedef_t foo = URLTAG_TYPEDEF(foo); */
#define URLTAG_TYPEDEF(t) TAG_TYPEDEF(t, url)

SOFIA_END_DECLS

#endif /* URL_TAG_CLASS_H */
