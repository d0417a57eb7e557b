/* sofia-rs C shim: variadic entry points of the transaction layer (nta.h, nta_stateless.h).
 * The shim only collects the tag list; the work is done by the Rust functions of
 * struct sofia_shim_nta_ops, handed over at load time. */
#include "shim.h"
#include <errno.h>
#include <sofia-sip/su_tagarg.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/nta_stateless.h>

struct sofia_shim_nta_ops {
  nta_agent_t *(*agent_create)(su_root_t *, url_string_t const *, nta_message_f *,
                               nta_agent_magic_t *, tagi_t const *);
  int (*agent_set_params)(nta_agent_t *, tagi_t const *);
  nta_leg_t *(*leg_tcreate)(nta_agent_t *, nta_request_f *, nta_leg_magic_t *, tagi_t const *);
  nta_outgoing_t *(*outgoing_tcreate)(nta_leg_t *, nta_response_f *, nta_outgoing_magic_t *,
                                      url_string_t const *, sip_method_t, char const *,
                                      url_string_t const *, tagi_t const *);
  nta_outgoing_t *(*outgoing_mcreate)(nta_agent_t *, nta_response_f *, nta_outgoing_magic_t *,
                                      url_string_t const *, msg_t *, tagi_t const *);
  int (*incoming_treply)(nta_incoming_t *, int, char const *, tagi_t const *);
  int (*incoming_set_params)(nta_incoming_t *, tagi_t const *);
  int (*msg_treply)(nta_agent_t *, msg_t *, int, char const *, tagi_t const *);
  nta_outgoing_t *(*outgoing_tcancel)(nta_outgoing_t *, nta_response_f *, nta_outgoing_magic_t *,
                                      tagi_t const *);
  int (*msg_tsend)(nta_agent_t *, msg_t *, url_string_t const *, tagi_t const *);
  int (*msg_mreply)(nta_agent_t *, msg_t *, sip_t *, int, char const *, msg_t *, tagi_t const *);
};

static struct sofia_shim_nta_ops nta_ops;

SHIM_HIDDEN void sofia_shim_nta_register(struct sofia_shim_nta_ops const *ops);
SHIM_HIDDEN void sofia_shim_nta_register(struct sofia_shim_nta_ops const *ops)
{
  nta_ops = *ops;
}

nta_agent_t *nta_agent_create(su_root_t *root, url_string_t const *name,
                              nta_message_f *callback, nta_agent_magic_t *magic,
                              tag_type_t tag, tag_value_t value, ...)
{
  nta_agent_t *a;
  ta_list ta;
  if (!nta_ops.agent_create)
    return errno = ENOSYS, NULL;
  ta_start(ta, tag, value);
  a = nta_ops.agent_create(root, name, callback, magic, ta_args(ta));
  ta_end(ta);
  return a;
}

int nta_agent_set_params(nta_agent_t *agent, tag_type_t tag, tag_value_t value, ...)
{
  int n;
  ta_list ta;
  if (!nta_ops.agent_set_params)
    return errno = ENOSYS, -1;
  ta_start(ta, tag, value);
  n = nta_ops.agent_set_params(agent, ta_args(ta));
  ta_end(ta);
  return n;
}

nta_leg_t *nta_leg_tcreate(nta_agent_t *agent, nta_request_f *callback, nta_leg_magic_t *magic,
                           tag_type_t tag, tag_value_t value, ...)
{
  nta_leg_t *leg;
  ta_list ta;
  if (!nta_ops.leg_tcreate)
    return errno = ENOSYS, NULL;
  ta_start(ta, tag, value);
  leg = nta_ops.leg_tcreate(agent, callback, magic, ta_args(ta));
  ta_end(ta);
  return leg;
}

nta_outgoing_t *nta_outgoing_tcreate(nta_leg_t *leg, nta_response_f *callback,
                                     nta_outgoing_magic_t *magic, url_string_t const *route_url,
                                     sip_method_t method, char const *method_name,
                                     url_string_t const *request_uri,
                                     tag_type_t tag, tag_value_t value, ...)
{
  nta_outgoing_t *orq;
  ta_list ta;
  if (!nta_ops.outgoing_tcreate)
    return errno = ENOSYS, NULL;
  ta_start(ta, tag, value);
  orq = nta_ops.outgoing_tcreate(leg, callback, magic, route_url, method, method_name,
                                 request_uri, ta_args(ta));
  ta_end(ta);
  return orq;
}

nta_outgoing_t *nta_outgoing_mcreate(nta_agent_t *agent, nta_response_f *callback,
                                     nta_outgoing_magic_t *magic, url_string_t const *route_url,
                                     msg_t *msg, tag_type_t tag, tag_value_t value, ...)
{
  nta_outgoing_t *orq;
  ta_list ta;
  if (!nta_ops.outgoing_mcreate)
    return errno = ENOSYS, NULL;
  ta_start(ta, tag, value);
  orq = nta_ops.outgoing_mcreate(agent, callback, magic, route_url, msg, ta_args(ta));
  ta_end(ta);
  return orq;
}

int nta_incoming_treply(nta_incoming_t *irq, int status, char const *phrase,
                        tag_type_t tag, tag_value_t value, ...)
{
  int rv;
  ta_list ta;
  if (!nta_ops.incoming_treply)
    return errno = ENOSYS, -1;
  ta_start(ta, tag, value);
  rv = nta_ops.incoming_treply(irq, status, phrase, ta_args(ta));
  ta_end(ta);
  return rv;
}

int nta_incoming_set_params(nta_incoming_t *irq, tag_type_t tag, tag_value_t value, ...)
{
  int n;
  ta_list ta;
  if (!nta_ops.incoming_set_params)
    return errno = ENOSYS, -1;
  ta_start(ta, tag, value);
  n = nta_ops.incoming_set_params(irq, ta_args(ta));
  ta_end(ta);
  return n;
}

int nta_msg_treply(nta_agent_t *agent, msg_t *msg, int status, char const *phrase,
                   tag_type_t tag, tag_value_t value, ...)
{
  int rv;
  ta_list ta;
  if (!nta_ops.msg_treply)
    return errno = ENOSYS, -1;
  ta_start(ta, tag, value);
  rv = nta_ops.msg_treply(agent, msg, status, phrase, ta_args(ta));
  ta_end(ta);
  return rv;
}

nta_outgoing_t *nta_outgoing_tcancel(nta_outgoing_t *orq, nta_response_f *callback,
                                     nta_outgoing_magic_t *magic,
                                     tag_type_t tag, tag_value_t value, ...)
{
  nta_outgoing_t *c;
  ta_list ta;
  if (!nta_ops.outgoing_tcancel)
    return errno = ENOSYS, NULL;
  ta_start(ta, tag, value);
  c = nta_ops.outgoing_tcancel(orq, callback, magic, ta_args(ta));
  ta_end(ta);
  return c;
}

int nta_msg_tsend(nta_agent_t *agent, msg_t *msg, url_string_t const *u,
                  tag_type_t tag, tag_value_t value, ...)
{
  int rv;
  ta_list ta;
  if (!nta_ops.msg_tsend)
    return errno = ENOSYS, -1;
  ta_start(ta, tag, value);
  rv = nta_ops.msg_tsend(agent, msg, u, ta_args(ta));
  ta_end(ta);
  return rv;
}

int nta_msg_mreply(nta_agent_t *agent, msg_t *reply, sip_t *sip, int status, char const *phrase,
                   msg_t *req_msg, tag_type_t tag, tag_value_t value, ...)
{
  int rv;
  ta_list ta;
  if (!nta_ops.msg_mreply)
    return errno = ENOSYS, -1;
  ta_start(ta, tag, value);
  rv = nta_ops.msg_mreply(agent, reply, sip, status, phrase, req_msg, ta_args(ta));
  ta_end(ta);
  return rv;
}
