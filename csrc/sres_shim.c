/* sofia-rs C shim: the variadic entry point of sresolv.h. It collects the tag list and
 * calls the Rust function handed over at load time (src/sres/root.rs). */
#include "shim.h"

#include <errno.h>
#include <stddef.h>

#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tagarg.h>
#include <sofia-sip/sresolv.h>

struct sofia_shim_sres_ops {
  sres_resolver_t *(*create)(su_root_t *, char const *, tagi_t const *);
};

static struct sofia_shim_sres_ops sres_ops;

SHIM_HIDDEN void sofia_shim_sres_register(struct sofia_shim_sres_ops const *ops);
SHIM_HIDDEN void sofia_shim_sres_register(struct sofia_shim_sres_ops const *ops)
{
  sres_ops = *ops;
}

sres_resolver_t *sres_resolver_create(su_root_t *root, char const *conf_file_path,
                                      tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  sres_resolver_t *res = NULL;
  if (root == NULL) {
    errno = EFAULT;
    return NULL;
  }
  ta_start(ta, tag, value);
  if (sres_ops.create)
    res = sres_ops.create(root, conf_file_path, ta_args(ta));
  ta_end(ta);
  return res;
}
