/* Generated from tags/url.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_URL_TAGS_H
#define SOFIA_RS_GEN_URL_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

SOFIAPUBVAR tag_typedef_t urltag_any;
#define URLTAG_ANY() urltag_any, ((tag_value_t)0)

/* Known but not built yet (no object, no macro):
 *   URLTAG_URL (url_tag_class)
 */

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_URL_TAGS_H */
