/* Generated from tags/nea.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_NEA_TAGS_H
#define SOFIA_RS_GEN_NEA_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

SOFIAPUBVAR tag_typedef_t neatag_any;
#define NEATAG_ANY() neatag_any, ((tag_value_t)0)

SOFIAPUBVAR tag_typedef_t neatag_dialog;
SOFIAPUBVAR tag_typedef_t neatag_dialog_ref;
#define NEATAG_DIALOG(x) neatag_dialog, tag_ptr_v(x)
#define NEATAG_DIALOG_REF(x) neatag_dialog_ref, tag_ptr_vr(&(x), (x))

SOFIAPUBVAR tag_typedef_t neatag_eventlist;
SOFIAPUBVAR tag_typedef_t neatag_eventlist_ref;
#define NEATAG_EVENTLIST(x) neatag_eventlist, tag_bool_v(x)
#define NEATAG_EVENTLIST_REF(x) neatag_eventlist_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_evmagic;
SOFIAPUBVAR tag_typedef_t neatag_evmagic_ref;
#define NEATAG_EVMAGIC(x) neatag_evmagic, tag_ptr_v(x)
#define NEATAG_EVMAGIC_REF(x) neatag_evmagic_ref, tag_ptr_vr(&(x), (x))

SOFIAPUBVAR tag_typedef_t neatag_expires;
SOFIAPUBVAR tag_typedef_t neatag_expires_ref;
#define NEATAG_EXPIRES(x) neatag_expires, tag_uint_v(x)
#define NEATAG_EXPIRES_REF(x) neatag_expires_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_exstate;
SOFIAPUBVAR tag_typedef_t neatag_exstate_ref;
#define NEATAG_EXSTATE(x) neatag_exstate, tag_str_v(x)
#define NEATAG_EXSTATE_REF(x) neatag_exstate_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_fake;
SOFIAPUBVAR tag_typedef_t neatag_fake_ref;
#define NEATAG_FAKE(x) neatag_fake, tag_bool_v(x)
#define NEATAG_FAKE_REF(x) neatag_fake_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_max_expires;
SOFIAPUBVAR tag_typedef_t neatag_max_expires_ref;
#define NEATAG_MAX_EXPIRES(x) neatag_max_expires, tag_uint_v(x)
#define NEATAG_MAX_EXPIRES_REF(x) neatag_max_expires_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_min_expires;
SOFIAPUBVAR tag_typedef_t neatag_min_expires_ref;
#define NEATAG_MIN_EXPIRES(x) neatag_min_expires, tag_uint_v(x)
#define NEATAG_MIN_EXPIRES_REF(x) neatag_min_expires_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_minthrottle;
SOFIAPUBVAR tag_typedef_t neatag_minthrottle_ref;
#define NEATAG_MINTHROTTLE(x) neatag_minthrottle, tag_uint_v(x)
#define NEATAG_MINTHROTTLE_REF(x) neatag_minthrottle_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_reason;
SOFIAPUBVAR tag_typedef_t neatag_reason_ref;
#define NEATAG_REASON(x) neatag_reason, tag_str_v(x)
#define NEATAG_REASON_REF(x) neatag_reason_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_reliable;
SOFIAPUBVAR tag_typedef_t neatag_reliable_ref;
#define NEATAG_RELIABLE(x) neatag_reliable, tag_bool_v(x)
#define NEATAG_RELIABLE_REF(x) neatag_reliable_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_retry_after;
SOFIAPUBVAR tag_typedef_t neatag_retry_after_ref;
#define NEATAG_RETRY_AFTER(x) neatag_retry_after, tag_uint_v(x)
#define NEATAG_RETRY_AFTER_REF(x) neatag_retry_after_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_strict_3265;
SOFIAPUBVAR tag_typedef_t neatag_strict_3265_ref;
#define NEATAG_STRICT_3265(x) neatag_strict_3265, tag_bool_v(x)
#define NEATAG_STRICT_3265_REF(x) neatag_strict_3265_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_sub;
SOFIAPUBVAR tag_typedef_t neatag_sub_ref;
#define NEATAG_SUB(x) neatag_sub, tag_ptr_v(x)
#define NEATAG_SUB_REF(x) neatag_sub_ref, tag_ptr_vr(&(x), (x))

SOFIAPUBVAR tag_typedef_t neatag_throttle;
SOFIAPUBVAR tag_typedef_t neatag_throttle_ref;
#define NEATAG_THROTTLE(x) neatag_throttle, tag_uint_v(x)
#define NEATAG_THROTTLE_REF(x) neatag_throttle_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_version;
SOFIAPUBVAR tag_typedef_t neatag_version_ref;
#define NEATAG_VERSION(x) neatag_version, tag_uint_v(x)
#define NEATAG_VERSION_REF(x) neatag_version_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t neatag_view;
SOFIAPUBVAR tag_typedef_t neatag_view_ref;
#define NEATAG_VIEW(x) neatag_view, tag_ptr_v(x)
#define NEATAG_VIEW_REF(x) neatag_view_ref, tag_ptr_vr(&(x), (x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_NEA_TAGS_H */
