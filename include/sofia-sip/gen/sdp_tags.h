/* Generated from tags/sdp.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_SDP_TAGS_H
#define SOFIA_RS_GEN_SDP_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

SOFIAPUBVAR tag_typedef_t sdptag_any;
#define SDPTAG_ANY() sdptag_any, ((tag_value_t)0)

/* Known but not built yet (no object, no macro):
 *   SDPTAG_SESSION (sdptag_session_class)
 */

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_SDP_TAGS_H */
