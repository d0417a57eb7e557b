/* sofia-rs C shim: the variadic entry points of soa.h. They collect the tag list and call
 * the Rust functions handed over at load time (src/soa/api.rs). */
#include "shim.h"

#include <errno.h>
#include <stddef.h>

#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tagarg.h>
#include <sofia-sip/soa.h>

struct sofia_shim_soa_ops {
  int (*set_params)(soa_session_t *, tagi_t const *);
  int (*get_params)(soa_session_t const *, tagi_t const *);
  tagi_t *(*get_paramlist)(soa_session_t const *, tagi_t const *);
};

static struct sofia_shim_soa_ops soa_ops;

SHIM_HIDDEN void sofia_shim_soa_register(struct sofia_shim_soa_ops const *ops);
SHIM_HIDDEN void sofia_shim_soa_register(struct sofia_shim_soa_ops const *ops)
{
  soa_ops = *ops;
}

int soa_set_params(soa_session_t *ss, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  int n;
  if (ss == NULL) {
    errno = EFAULT;
    return -1;
  }
  ta_start(ta, tag, value);
  n = soa_ops.set_params ? soa_ops.set_params(ss, ta_args(ta)) : -1;
  ta_end(ta);
  return n;
}

int soa_get_params(soa_session_t const *ss, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  int n;
  if (ss == NULL) {
    errno = EFAULT;
    return -1;
  }
  ta_start(ta, tag, value);
  n = soa_ops.get_params ? soa_ops.get_params(ss, ta_args(ta)) : -1;
  ta_end(ta);
  return n;
}

tagi_t *soa_get_paramlist(soa_session_t const *ss, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  tagi_t *params = NULL;
  if (ss == NULL)
    return NULL;
  ta_start(ta, tag, value);
  params = soa_ops.get_paramlist ? soa_ops.get_paramlist(ss, ta_args(ta)) : NULL;
  ta_end(ta);
  return params;
}
