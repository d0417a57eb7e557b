/* sofia-rs C shim: the variadic entry points of nua.h. They collect the tag list and call
 * the Rust functions handed over at load time (src/nua/api.rs), which copy it. */
#include "shim.h"

#include <errno.h>
#include <stddef.h>

#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tagarg.h>
#include <sofia-sip/nua.h>

struct sofia_shim_nua_ops {
  nua_t *(*create)(su_root_t *, nua_callback_f, nua_magic_t *, tagi_t const *);
  void (*set_params)(nua_t *, tagi_t const *);
  void (*get_params)(nua_t *, tagi_t const *);
  nua_handle_t *(*handle)(nua_t *, nua_hmagic_t *, tagi_t const *);
  void (*method)(nua_handle_t *, int, tagi_t const *);
  void (*respond)(nua_handle_t *, int, char const *, tagi_t const *);
  void (*hparams)(nua_handle_t *, int, tagi_t const *);
};

static struct sofia_shim_nua_ops nua_ops;

SHIM_HIDDEN void sofia_shim_nua_register(struct sofia_shim_nua_ops const *ops);
SHIM_HIDDEN void sofia_shim_nua_register(struct sofia_shim_nua_ops const *ops)
{
  nua_ops = *ops;
}

nua_t *nua_create(su_root_t *root, nua_callback_f callback, nua_magic_t *magic,
                  tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  nua_t *nua = NULL;
  if (root == NULL || callback == NULL) {
    errno = EFAULT;
    return NULL;
  }
  ta_start(ta, tag, value);
  if (nua_ops.create)
    nua = nua_ops.create(root, callback, magic, ta_args(ta));
  ta_end(ta);
  return nua;
}

void nua_set_params(nua_t *nua, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  if (nua == NULL)
    return;
  ta_start(ta, tag, value);
  if (nua_ops.set_params)
    nua_ops.set_params(nua, ta_args(ta));
  ta_end(ta);
}

void nua_get_params(nua_t *nua, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  if (nua == NULL)
    return;
  ta_start(ta, tag, value);
  if (nua_ops.get_params)
    nua_ops.get_params(nua, ta_args(ta));
  ta_end(ta);
}

nua_handle_t *nua_handle(nua_t *nua, nua_hmagic_t *hmagic, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  nua_handle_t *nh = NULL;
  if (nua == NULL)
    return NULL;
  ta_start(ta, tag, value);
  if (nua_ops.handle)
    nh = nua_ops.handle(nua, hmagic, ta_args(ta));
  ta_end(ta);
  return nh;
}

static void nua_method_call(nua_handle_t *nh, int kind, tagi_t const *tags)
{
  if (nh && nua_ops.method)
    nua_ops.method(nh, kind, tags);
}

/* nua_<name>(nh, TAG_LIST): collect the tags, hand them over with the method's kind. */
#define SHIM_NUA_METHOD(name, kind)                                   \
  void name(nua_handle_t *nh, tag_type_t tag, tag_value_t value, ...) \
  {                                                                   \
    ta_list ta;                                                       \
    ta_start(ta, tag, value);                                         \
    nua_method_call(nh, kind, ta_args(ta));                           \
    ta_end(ta);                                                       \
  }

SHIM_NUA_METHOD(nua_options, 0)
SHIM_NUA_METHOD(nua_message, 1)
SHIM_NUA_METHOD(nua_invite, 2)
SHIM_NUA_METHOD(nua_bye, 3)
SHIM_NUA_METHOD(nua_cancel, 4)
SHIM_NUA_METHOD(nua_ack, 5)
SHIM_NUA_METHOD(nua_info, 6)
SHIM_NUA_METHOD(nua_register, 7)
SHIM_NUA_METHOD(nua_unregister, 8)
SHIM_NUA_METHOD(nua_authenticate, 9)
SHIM_NUA_METHOD(nua_subscribe, 10)
SHIM_NUA_METHOD(nua_unsubscribe, 11)
SHIM_NUA_METHOD(nua_notify, 12)
SHIM_NUA_METHOD(nua_refer, 13)
SHIM_NUA_METHOD(nua_update, 14)
SHIM_NUA_METHOD(nua_method, 15)
SHIM_NUA_METHOD(nua_publish, 16)
SHIM_NUA_METHOD(nua_unpublish, 17)
SHIM_NUA_METHOD(nua_prack, 18)
SHIM_NUA_METHOD(nua_chat, 19)
SHIM_NUA_METHOD(nua_notifier, 20)
SHIM_NUA_METHOD(nua_terminate, 21)
SHIM_NUA_METHOD(nua_authorize, 22)
SHIM_NUA_METHOD(nua_redirect, 23)

void nua_respond(nua_handle_t *nh, int status, char const *phrase,
                 tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  if (nh == NULL)
    return;
  ta_start(ta, tag, value);
  if (nua_ops.respond)
    nua_ops.respond(nh, status, phrase, ta_args(ta));
  ta_end(ta);
}

void nua_set_hparams(nua_handle_t *nh, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  if (nh == NULL)
    return;
  ta_start(ta, tag, value);
  if (nua_ops.hparams)
    nua_ops.hparams(nh, 1, ta_args(ta));
  ta_end(ta);
}

void nua_get_hparams(nua_handle_t *nh, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  if (nh == NULL)
    return;
  ta_start(ta, tag, value);
  if (nua_ops.hparams)
    nua_ops.hparams(nh, 0, ta_args(ta));
  ta_end(ta);
}
