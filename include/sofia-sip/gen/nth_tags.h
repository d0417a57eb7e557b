/* Generated from tags/nth.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_NTH_TAGS_H
#define SOFIA_RS_GEN_NTH_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

struct auth_client_s;
struct msg_s;
struct nth_client_s;

SOFIAPUBVAR tag_typedef_t nthtag_any;
#define NTHTAG_ANY() nthtag_any, ((tag_value_t)0)

SOFIAPUBVAR tag_typedef_t nthtag_auth_module;
SOFIAPUBVAR tag_typedef_t nthtag_auth_module_ref;
#define NTHTAG_AUTH_MODULE(x) nthtag_auth_module, tag_ptr_v(x)
#define NTHTAG_AUTH_MODULE_REF(x) nthtag_auth_module_ref, tag_ptr_vr(&(x), (x))

SOFIAPUBVAR tag_typedef_t nthtag_authentication;
SOFIAPUBVAR tag_typedef_t nthtag_authentication_ref;
su_inline tag_value_t nthtag_authentication_v(struct auth_client_s ** v) { return (tag_value_t)v; }
su_inline tag_value_t nthtag_authentication_vr(struct auth_client_s ** *vp) { return (tag_value_t)vp; }
#define NTHTAG_AUTHENTICATION(x) nthtag_authentication, nthtag_authentication_v(x)
#define NTHTAG_AUTHENTICATION_REF(x) nthtag_authentication_ref, nthtag_authentication_vr(&(x))

SOFIAPUBVAR tag_typedef_t nthtag_error_msg;
SOFIAPUBVAR tag_typedef_t nthtag_error_msg_ref;
#define NTHTAG_ERROR_MSG(x) nthtag_error_msg, tag_bool_v(x)
#define NTHTAG_ERROR_MSG_REF(x) nthtag_error_msg_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nthtag_expires;
SOFIAPUBVAR tag_typedef_t nthtag_expires_ref;
#define NTHTAG_EXPIRES(x) nthtag_expires, tag_uint_v(x)
#define NTHTAG_EXPIRES_REF(x) nthtag_expires_ref, tag_uint_vr(&(x))

SOFIAPUBVAR tag_typedef_t nthtag_mclass;
SOFIAPUBVAR tag_typedef_t nthtag_mclass_ref;
#define NTHTAG_MCLASS(x) nthtag_mclass, tag_cptr_v(x)
#define NTHTAG_MCLASS_REF(x) nthtag_mclass_ref, tag_cptr_vr(&(x), (x))

SOFIAPUBVAR tag_typedef_t nthtag_message;
SOFIAPUBVAR tag_typedef_t nthtag_message_ref;
su_inline tag_value_t nthtag_message_v(struct msg_s * v) { return (tag_value_t)v; }
su_inline tag_value_t nthtag_message_vr(struct msg_s * *vp) { return (tag_value_t)vp; }
#define NTHTAG_MESSAGE(x) nthtag_message, nthtag_message_v(x)
#define NTHTAG_MESSAGE_REF(x) nthtag_message_ref, nthtag_message_vr(&(x))

SOFIAPUBVAR tag_typedef_t nthtag_mflags;
SOFIAPUBVAR tag_typedef_t nthtag_mflags_ref;
#define NTHTAG_MFLAGS(x) nthtag_mflags, tag_int_v(x)
#define NTHTAG_MFLAGS_REF(x) nthtag_mflags_ref, tag_int_vr(&(x))

SOFIAPUBVAR tag_typedef_t nthtag_proxy;
SOFIAPUBVAR tag_typedef_t nthtag_proxy_ref;
#define NTHTAG_PROXY(x) nthtag_proxy, urltag_url_v(x)
#define NTHTAG_PROXY_REF(x) nthtag_proxy_ref, urltag_url_vr(&(x))

SOFIAPUBVAR tag_typedef_t nthtag_root;
SOFIAPUBVAR tag_typedef_t nthtag_root_ref;
#define NTHTAG_ROOT(x) nthtag_root, tag_ptr_v(x)
#define NTHTAG_ROOT_REF(x) nthtag_root_ref, tag_ptr_vr(&(x), (x))

SOFIAPUBVAR tag_typedef_t nthtag_streaming;
SOFIAPUBVAR tag_typedef_t nthtag_streaming_ref;
#define NTHTAG_STREAMING(x) nthtag_streaming, tag_bool_v(x)
#define NTHTAG_STREAMING_REF(x) nthtag_streaming_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nthtag_strict_host;
SOFIAPUBVAR tag_typedef_t nthtag_strict_host_ref;
#define NTHTAG_STRICT_HOST(x) nthtag_strict_host, tag_bool_v(x)
#define NTHTAG_STRICT_HOST_REF(x) nthtag_strict_host_ref, tag_bool_vr(&(x))

SOFIAPUBVAR tag_typedef_t nthtag_template;
SOFIAPUBVAR tag_typedef_t nthtag_template_ref;
su_inline tag_value_t nthtag_template_v(struct nth_client_s const * v) { return (tag_value_t)v; }
su_inline tag_value_t nthtag_template_vr(struct nth_client_s const * *vp) { return (tag_value_t)vp; }
#define NTHTAG_TEMPLATE(x) nthtag_template, nthtag_template_v(x)
#define NTHTAG_TEMPLATE_REF(x) nthtag_template_ref, nthtag_template_vr(&(x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_NTH_TAGS_H */
