/* Generated from tags/sdp.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_SDP_TAGS_H
#define SOFIA_RS_GEN_SDP_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

SOFIAPUBVAR tag_typedef_t sdptag_any;
#define SDPTAG_ANY() sdptag_any, ((tag_value_t)0)

SOFIAPUBVAR tag_typedef_t sdptag_session;
SOFIAPUBVAR tag_typedef_t sdptag_session_ref;
#define SDPTAG_SESSION(x) sdptag_session, sdptag_session_v(x)
#define SDPTAG_SESSION_REF(x) sdptag_session_ref, sdptag_session_vr(&(x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_SDP_TAGS_H */
