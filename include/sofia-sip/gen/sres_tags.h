/* Generated from tags/sres.tags by tools/taggen.rs: do not edit. */
#ifndef SOFIA_RS_GEN_SRES_TAGS_H
#define SOFIA_RS_GEN_SRES_TAGS_H

#include <sofia-sip/su_tag.h>

SOFIA_BEGIN_DECLS

SOFIAPUBVAR tag_typedef_t srestag_any;
#define SRESOLVTAG_ANY() srestag_any, ((tag_value_t)0)

SOFIAPUBVAR tag_typedef_t srestag_cache;
SOFIAPUBVAR tag_typedef_t srestag_cache_ref;
#define SRESTAG_CACHE(x) srestag_cache, tag_ptr_v(x)
#define SRESTAG_CACHE_REF(x) srestag_cache_ref, tag_ptr_vr(&(x), (x))

SOFIAPUBVAR tag_typedef_t srestag_resolv_conf;
SOFIAPUBVAR tag_typedef_t srestag_resolv_conf_ref;
#define SRESTAG_RESOLV_CONF(x) srestag_resolv_conf, tag_str_v(x)
#define SRESTAG_RESOLV_CONF_REF(x) srestag_resolv_conf_ref, tag_str_vr(&(x))

SOFIA_END_DECLS

#endif /* SOFIA_RS_GEN_SRES_TAGS_H */
