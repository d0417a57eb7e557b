/* Generated from tags/url.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_URL_TAGS_H
#define SOFIA_RS_GEN_URL_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

SOFIAPUBVAR tag_typedef_t urltag_any;
#define URLTAG_ANY() urltag_any, ((tag_value_t)0)

SOFIAPUBVAR tag_typedef_t urltag_url;
SOFIAPUBVAR tag_typedef_t urltag_url_ref;
#define URLTAG_URL(x) urltag_url, urltag_url_v(x)
#define URLTAG_URL_REF(x) urltag_url_ref, urltag_url_vr(&(x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_URL_TAGS_H */
