/* Generated from tags/auth.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_AUTH_TAGS_H
#define SOFIA_RS_GEN_AUTH_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

struct auth_mod_t;

SOFIAPUBVAR tag_typedef_t authtag_algorithm;
SOFIAPUBVAR tag_typedef_t authtag_algorithm_ref;
#define AUTHTAG_ALGORITHM(x) authtag_algorithm, tag_str_v(x)
#define AUTHTAG_ALGORITHM_REF(x) authtag_algorithm_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_allow;
SOFIAPUBVAR tag_typedef_t authtag_allow_ref;
#define AUTHTAG_ALLOW(x) authtag_allow, tag_str_v(x)
#define AUTHTAG_ALLOW_REF(x) authtag_allow_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_anonymous;
SOFIAPUBVAR tag_typedef_t authtag_anonymous_ref;
#define AUTHTAG_ANONYMOUS(x) authtag_anonymous, tag_bool_v(x)
#define AUTHTAG_ANONYMOUS_REF(x) authtag_anonymous_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_any;
#define AUTHTAG_ANY() authtag_any, ((tag_value_t)0)

SOFIAPUBVAR tag_typedef_t authtag_blacklist;
SOFIAPUBVAR tag_typedef_t authtag_blacklist_ref;
#define AUTHTAG_BLACKLIST(x) authtag_blacklist, tag_uint_v(x)
#define AUTHTAG_BLACKLIST_REF(x) authtag_blacklist_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_cache_errors;
SOFIAPUBVAR tag_typedef_t authtag_cache_errors_ref;
#define AUTHTAG_CACHE_ERRORS(x) authtag_cache_errors, tag_uint_v(x)
#define AUTHTAG_CACHE_ERRORS_REF(x) authtag_cache_errors_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_cache_users;
SOFIAPUBVAR tag_typedef_t authtag_cache_users_ref;
#define AUTHTAG_CACHE_USERS(x) authtag_cache_users, tag_uint_v(x)
#define AUTHTAG_CACHE_USERS_REF(x) authtag_cache_users_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_db;
SOFIAPUBVAR tag_typedef_t authtag_db_ref;
#define AUTHTAG_DB(x) authtag_db, tag_str_v(x)
#define AUTHTAG_DB_REF(x) authtag_db_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_expires;
SOFIAPUBVAR tag_typedef_t authtag_expires_ref;
#define AUTHTAG_EXPIRES(x) authtag_expires, tag_uint_v(x)
#define AUTHTAG_EXPIRES_REF(x) authtag_expires_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_fake;
SOFIAPUBVAR tag_typedef_t authtag_fake_ref;
#define AUTHTAG_FAKE(x) authtag_fake, tag_bool_v(x)
#define AUTHTAG_FAKE_REF(x) authtag_fake_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_forbidden;
SOFIAPUBVAR tag_typedef_t authtag_forbidden_ref;
#define AUTHTAG_FORBIDDEN(x) authtag_forbidden, tag_bool_v(x)
#define AUTHTAG_FORBIDDEN_REF(x) authtag_forbidden_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_master_key;
SOFIAPUBVAR tag_typedef_t authtag_master_key_ref;
#define AUTHTAG_MASTER_KEY(x) authtag_master_key, tag_str_v(x)
#define AUTHTAG_MASTER_KEY_REF(x) authtag_master_key_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_max_ncount;
SOFIAPUBVAR tag_typedef_t authtag_max_ncount_ref;
#define AUTHTAG_MAX_NCOUNT(x) authtag_max_ncount, tag_uint_v(x)
#define AUTHTAG_MAX_NCOUNT_REF(x) authtag_max_ncount_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_method;
SOFIAPUBVAR tag_typedef_t authtag_method_ref;
#define AUTHTAG_METHOD(x) authtag_method, tag_str_v(x)
#define AUTHTAG_METHOD_REF(x) authtag_method_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_module;
SOFIAPUBVAR tag_typedef_t authtag_module_ref;
su_inline tag_value_t authtag_module_v(struct auth_mod_t * v) { return (tag_value_t)v; }
su_inline tag_value_t authtag_module_vr(struct auth_mod_t * *vp) { return (tag_value_t)vp; }
#define AUTHTAG_MODULE(x) authtag_module, authtag_module_v(x)
#define AUTHTAG_MODULE_REF(x) authtag_module_ref, authtag_module_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_next_expires;
SOFIAPUBVAR tag_typedef_t authtag_next_expires_ref;
#define AUTHTAG_NEXT_EXPIRES(x) authtag_next_expires, tag_uint_v(x)
#define AUTHTAG_NEXT_EXPIRES_REF(x) authtag_next_expires_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_opaque;
SOFIAPUBVAR tag_typedef_t authtag_opaque_ref;
#define AUTHTAG_OPAQUE(x) authtag_opaque, tag_str_v(x)
#define AUTHTAG_OPAQUE_REF(x) authtag_opaque_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_qop;
SOFIAPUBVAR tag_typedef_t authtag_qop_ref;
#define AUTHTAG_QOP(x) authtag_qop, tag_str_v(x)
#define AUTHTAG_QOP_REF(x) authtag_qop_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_realm;
SOFIAPUBVAR tag_typedef_t authtag_realm_ref;
#define AUTHTAG_REALM(x) authtag_realm, tag_str_v(x)
#define AUTHTAG_REALM_REF(x) authtag_realm_ref, tag_str_vr(&(x))

SOFIAPUBVAR tag_typedef_t authtag_remote;
SOFIAPUBVAR tag_typedef_t authtag_remote_ref;
#define AUTHTAG_REMOTE(x) authtag_remote, urltag_url_v(x)
#define AUTHTAG_REMOTE_REF(x) authtag_remote_ref, urltag_url_vr(&(x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_AUTH_TAGS_H */
