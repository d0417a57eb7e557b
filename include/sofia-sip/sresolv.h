/* sofia-rs: the resolver on a root, Sofia-SIP's <sofia-sip/sresolv.h>.
 *
 * Names and signatures are Sofia-SIP's. A resolver made here sends its queries from the
 * root's thread and delivers the answers of sres_query() / sres_query_sockaddr() there.
 * Not provided: sres_resolver_root_socket() (deprecated). */
#ifndef SRESOLV_H
/** Defined when <sofia-sip/sresolv.h> has been included. */
#define SRESOLV_H

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag.h>

#include <sofia-resolv/sres.h>
#include <sofia-resolv/sres_record.h>
#include <sofia-resolv/sres_async.h>

#include <sofia-sip/gen/sres_tags.h>

SOFIA_BEGIN_DECLS

/* A resolver tied to root, reading conf_file_path (NULL: /etc/resolv.conf; the tag
 * SRESTAG_RESOLV_CONF() overrides it). NULL on error (EFAULT without a root). */
SOFIAPUBFUN sres_resolver_t *sres_resolver_create(su_root_t *root,
						  char const *conf_file_path,
						  tag_type_t, tag_value_t,
						  ...);

/* Untie a resolver made by sres_resolver_create() from its root, dropping its pending
 * queries without calling their callbacks, and release it. 0, or -1 (EFAULT, EINVAL). */
SOFIAPUBFUN int sres_resolver_destroy(sres_resolver_t *res);

SOFIA_END_DECLS

#endif
